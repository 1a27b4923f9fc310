import type { CraftSlug } from '../../crafts'
import type { ContentLocale } from '../../locales'
import type { Block } from '../lexical'

export type ArtisanSeed = {
  handle: string
  craft: CraftSlug
  name: Record<ContentLocale, string>
  location: Record<ContentLocale, string>
  bio: Record<ContentLocale, readonly Block[]>
}

/**
 * The demo artisans. They are fictional; their crafts, histories and techniques are real.
 * Handles are the join keys with Medusa (see notes/contract.md): never change one here alone.
 */
export const artisans: readonly ArtisanSeed[] = [
  {
    handle: 'hoshino-aya',
    craft: 'kutani',
    name: { ja: '星野 彩', en: 'Aya Hoshino' },
    location: { ja: '金沢市 卯辰山', en: 'Kanazawa, Utatsuyama' },
    bio: {
      ja: [
        '九谷焼の上絵付け師。金沢の東、卯辰山のふもとに小さな工房を構え、呉須で輪郭を描いた素地に、緑・黄・紫・紺青・赤の五つの色の絵具を厚く盛って描く「五彩」の絵付けを続けている。',
        '九谷焼の産地である能美の窯元で十年あまり修業し、古九谷の大胆な構図と、赤絵の緻密な線描の両方を学んだ。草花や鳥、吉祥文様を題材に、毎日の食卓で使われる器を一点ずつ描いている。',
        '「絵具は焼く前と後でまったく違う色をしています。本当の色は窯を開けるまで分からない。だから毎回、気を抜けないんです」と星野は話す。',
      ],
      en: [
        'Aya Hoshino is a Kutani ware painter with a small studio at the foot of Utatsuyama, on the east side of Kanazawa. She practises gosai, the "five colours" style: outlines drawn in dark gosu pigment, then green, yellow, purple, Prussian blue and red enamels laid on thickly over the glazed porcelain.',
        'She trained for more than ten years at a kiln in Nomi, in the heart of the Kutani region, learning both the bold compositions of Ko-Kutani and the fine red line-work of aka-e. Her subjects are flowers, birds and auspicious patterns, painted one piece at a time for everyday tables.',
        '"Before firing, the enamels look nothing like their final colours," she says. "You only see the real colour when the kiln opens, so you can never stop paying attention."',
      ],
    },
  },
  {
    handle: 'takeda-ren',
    craft: 'ohi',
    name: { ja: '武田 蓮', en: 'Ren Takeda' },
    location: { ja: '金沢市 大樋町', en: 'Ohi-machi, Kanazawa' },
    bio: {
      ja: [
        '大樋焼の陶芸家。大樋焼の名の由来となった金沢・大樋町の工房で、ろくろを使わず、手とへらだけで形をつくる「手捏ね」の茶碗を制作している。',
        '大樋焼は、寛文六年（1666年）、加賀藩五代藩主・前田綱紀に招かれた裏千家四代・仙叟宗室に従って金沢に来た陶工・長左衛門に始まると伝えられる。武田は、その飴釉の深い琥珀色に惹かれてこの道に入った。',
        '焼成中の窯から器をひとつずつ鋏で引き出し、外気で一気に冷ます。同じ釉でも、炎の当たり方と引き出す間合いで、一碗ごとに景色が変わる。茶碗のほか、香合や花入も手がける。',
      ],
      en: [
        'Ren Takeda is a potter of Ohi ware, working in Ohi-machi, the Kanazawa district that gave the ware its name. He builds his tea bowls with his hands and a spatula alone, without a wheel, in the hand-built tezukune manner.',
        'Ohi ware dates to 1666, when the potter Chōzaemon came to Kanazawa in the company of the tea master Sensō Sōshitsu, fourth head of the Urasenke school, who had been invited by Maeda Tsunanori, fifth lord of the Kaga domain. Takeda came to the craft through its amber glaze and the depth it takes on in the fire.',
        'Each piece is drawn from the glowing kiln with tongs and cooled in the open air. The same glaze comes out differently on every bowl, depending on the flame and the moment it leaves the kiln. Besides tea bowls he makes incense containers and flower vases.',
      ],
    },
  },
  {
    handle: 'kimura-sho',
    craft: 'lacquer',
    name: { ja: '木村 翔', en: 'Sho Kimura' },
    location: { ja: '金沢市', en: 'Kanazawa' },
    bio: {
      ja: [
        '金沢漆器の蒔絵師。漆で描いた文様が乾ききらないうちに金粉や銀粉を蒔き、塗りと研ぎを何度も重ねて仕上げる。',
        '金沢の蒔絵は、加賀藩三代藩主・前田利常が京都から蒔絵師・五十嵐道甫を招いたことに始まるとされ、「加賀蒔絵」として武家の調度を彩ってきた。木村はその流れを汲む工房で修業し、独立した今も、目に見えない下地の工程にいちばん時間をかけている。',
        '椀や箸のように毎日手に取るものにこそ、丈夫な下地と控えめな加飾を。使い込むほどに艶が増していく器をつくりたいという。',
      ],
      en: [
        'Sho Kimura is a maki-e artist in Kanazawa lacquerware. He draws designs in lacquer and sprinkles gold or silver powder onto them before they dry, then builds the surface up coat after coat, polishing between each.',
        'Kanazawa maki-e is said to begin with Maeda Toshitsune, third lord of the Kaga domain, who brought the master Igarashi Dōho from Kyoto; "Kaga maki-e" went on to decorate the furnishings of samurai households. Kimura trained in a workshop of that lineage, and he still spends most of his time on the layers no one sees: the foundation beneath the decoration.',
        'For bowls and chopsticks, things handled every day, he favours a strong foundation and restrained decoration: pieces whose lustre deepens with use.',
      ],
    },
  },
  {
    handle: 'fujita-haru',
    craft: 'gold-leaf',
    name: { ja: '藤田 陽', en: 'Haru Fujita' },
    location: { ja: '金沢市 東山', en: 'Kanazawa, Higashiyama' },
    bio: {
      ja: [
        '金沢箔の箔打ち職人。東山の工房で、金の合金を薄く延ばして和紙に挟み、打っては移し替えることを繰り返して、一万分の一ミリほどの箔に仕上げる。',
        '金沢は国内の金箔の99%以上を生産する。湿り気の多い気候と、紙づくりに適した水が、昔からこの仕事を支えてきた。藤田は、箔を打つための和紙（箔打紙）の仕込みから手がける伝統的な「縁付（えんつけ）」の技法を学んだ。',
        '自ら打った箔を盃やコースターに押す仕事も手がける。「箔は息がかかっただけで舞い上がります。だから作業場では、静かに、ゆっくり動くんです」。',
      ],
      en: [
        'Haru Fujita is a gold-leaf beater in Higashiyama, Kanazawa. In her workshop a gold alloy is rolled thin, layered between sheets of Japanese paper and beaten, again and again, until it is about a ten-thousandth of a millimetre thick.',
        "Kanazawa makes more than 99 percent of Japan's gold leaf; a humid climate and good water for papermaking have long suited the work. Fujita learned the traditional entsuke method, in which the beater also prepares the beating papers, a process that takes months.",
        'She applies her own leaf to sake cups and coasters as well. "Leaf lifts if you so much as breathe on it," she says. "So in the workshop we move quietly, and slowly."',
      ],
    },
  },
  {
    handle: 'mori-yuki',
    craft: 'kaga-yuzen',
    name: { ja: '森 雪', en: 'Yuki Mori' },
    location: { ja: '金沢市 浅野川沿い', en: 'Kanazawa, by the Asano river' },
    bio: {
      ja: [
        '加賀友禅の作家。浅野川に近い工房で、図案から糊置き、色挿しまでを一人で手がける。',
        '加賀友禅は、京都で扇絵師として名を馳せた宮崎友禅斎が晩年に金沢へ移り、加賀の染めに新しい意匠をもたらしたことに始まるとされる。臙脂・藍・黄土・草・古代紫の「加賀五彩」を基調に草花を写実的に描き、葉に虫喰いを入れたり、外側から内側へぼかしたりする表現が特徴だ。',
        '森は、筒に詰めた糊で下絵の線をフリーハンドで引き、糊で防いだ輪郭の内側に筆と刷毛で色を挿していく。染め上がった布は、かつて浅野川の流れで糊や余分な染料を洗い流した。いわゆる「友禅流し」である。',
      ],
      en: [
        'Yuki Mori is a Kaga-yuzen dyer with a workshop near the Asano river. She does every stage herself, from the design to the paste-resist and the colouring.',
        'Kaga-yuzen is said to begin when Miyazaki Yūzensai, a fan painter celebrated in Kyoto, moved to Kanazawa late in life and brought new designs to the dyeing of Kaga. Its palette rests on the "five colours of Kaga": crimson, indigo, ochre, grass green and ancient purple. Flowers are drawn from life, leaves are shown with worm holes, and shading runs from the outside of a motif inward.',
        'Mori draws the outlines freehand with rice paste squeezed from a cone, then brushes colour inside the paste lines, which keep each colour in its place. The dyed cloth was once rinsed of paste and excess dye in the current of the Asano river itself: the yuzen-nagashi that still stands for the craft in Kanazawa.',
      ],
    },
  },
]
