import type { CraftSlug } from '../../crafts'
import type { ContentLocale } from '../../locales'
import type { Block } from '../lexical'

export type ArtisanSeed = {
  handle: string
  craft: CraftSlug
  name: Record<ContentLocale, string>
  location: Record<ContentLocale, string>
  bio: Record<ContentLocale, readonly Block[]>
  quote: Record<ContentLocale, string>
  workshop: {
    name: Record<ContentLocale, string>
    /** District only: the workshops are private homes, visited by appointment. */
    address: Record<ContentLocale, string>
    latitude: number
    longitude: number
  }
  lineage: { teacher: Record<ContentLocale, string>; description: Record<ContentLocale, string> }
  activeSince: number
}

/**
 * The demo artisans (one per craft). They are fictional; their crafts, histories and techniques are real.
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
    quote: {
      ja: '本当の色は、窯を開けるまで分からない。',
      en: 'You only see the real colour when the kiln opens.',
    },
    workshop: {
      name: { ja: '星野彩 上絵工房', en: 'Aya Hoshino overglaze studio' },
      address: { ja: '石川県金沢市 卯辰山のふもと', en: 'Foot of Utatsuyama, Kanazawa, Ishikawa' },
      latitude: 36.5725,
      longitude: 136.6696,
    },
    lineage: {
      teacher: { ja: '能美の窯元の絵付け師', en: 'The painters of a kiln in Nomi' },
      description: {
        ja: '能美の窯元で十年あまり修業し、古九谷の構図と赤絵の線描を学んだ。',
        en: 'Trained for more than ten years at a kiln in Nomi, learning Ko-Kutani composition and aka-e line-work.',
      },
    },
    activeSince: 2007,
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
    quote: {
      ja: '同じ釉でも、同じ茶碗は二つとできない。',
      en: 'Same glaze, never the same bowl twice.',
    },
    workshop: {
      name: { ja: '武田蓮 窯', en: 'Ren Takeda kiln' },
      address: { ja: '石川県金沢市 大樋町', en: 'Ohi-machi, Kanazawa, Ishikawa' },
      latitude: 36.5800,
      longitude: 136.6680,
    },
    lineage: {
      teacher: { ja: '大樋の窯元', en: 'An Ohi kiln in Kanazawa' },
      description: {
        ja: '長左衛門に始まる大樋焼の手捏ねと飴釉の技法を学ぶ。',
        en: 'Learned the hand-building and amber glaze that go back to Chōzaemon, the first Ohi potter.',
      },
    },
    activeSince: 2010,
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
    quote: {
      ja: '見えない下地に、いちばん時間をかける。',
      en: 'The most time goes into the layers no one sees.',
    },
    workshop: {
      name: { ja: '木村翔 蒔絵工房', en: 'Sho Kimura maki-e workshop' },
      address: { ja: '石川県金沢市', en: 'Kanazawa, Ishikawa' },
      latitude: 36.5613,
      longitude: 136.6562,
    },
    lineage: {
      teacher: { ja: '加賀蒔絵の工房', en: 'A Kaga maki-e workshop' },
      description: {
        ja: '五十嵐道甫に始まるとされる加賀蒔絵の流れを汲む工房で修業。',
        en: 'Trained in a workshop in the line of Kaga maki-e, said to begin with Igarashi Dōho.',
      },
    },
    activeSince: 2005,
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
    quote: {
      ja: '箔は息がかかっただけで舞い上がる。',
      en: 'Leaf lifts if you so much as breathe on it.',
    },
    workshop: {
      name: { ja: '藤田陽 箔打ち工房', en: 'Haru Fujita gold-leaf workshop' },
      address: { ja: '石川県金沢市 東山', en: 'Higashiyama, Kanazawa, Ishikawa' },
      latitude: 36.5722,
      longitude: 136.6664,
    },
    lineage: {
      teacher: { ja: '縁付の箔打ち職人', en: 'An entsuke gold-leaf master' },
      description: {
        ja: '箔打紙の仕込みから手がける伝統的な縁付の技法を学ぶ。',
        en: 'Learned the traditional entsuke method, in which the beater also prepares the beating papers.',
      },
    },
    activeSince: 2012,
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
    quote: {
      ja: '色は、庭の草花から借りてくる。',
      en: 'I borrow my colours from the garden.',
    },
    workshop: {
      name: { ja: '森雪 友禅工房', en: 'Yuki Mori yuzen studio' },
      address: { ja: '石川県金沢市 浅野川沿い', en: 'By the Asano river, Kanazawa, Ishikawa' },
      latitude: 36.5691,
      longitude: 136.6640,
    },
    lineage: {
      teacher: { ja: '加賀友禅の作家', en: 'A Kaga-yuzen master dyer' },
      description: {
        ja: '師のもとで図案から色挿しまでの全工程を学び、独立した。',
        en: "Learned every stage from design to colouring under a master's eye before setting up alone.",
      },
    },
    activeSince: 2009,
  },
  {
    handle: 'ishida-kaho',
    craft: 'kaga-embroidery',
    name: { ja: '石田 花穂', en: 'Kaho Ishida' },
    location: { ja: '金沢市 長町', en: 'Kanazawa, Nagamachi' },
    bio: {
      ja: [
        '加賀繍の繍師。長町の工房で、絹糸と金糸・銀糸を一針ずつ刺し、帯や額装、小物を仕立てる。',
        '加賀繍は、室町時代に仏教の布教とともに金沢へ伝わり、仏前を飾る打敷や僧侶の袈裟を彩ったのが始まりとされる。加賀藩の時代には武家の装束や調度にも用いられた。下に綿や糸を詰めて文様を立体的に盛り上げる「肉入れ」や、糸の撚りを自ら加減して光沢を変える技が特徴である。',
        '石田は、一本の絹糸を髪の毛より細く割いて使うこともある。「同じ色の糸でも、撚りの強さと刺す向きで光り方が変わる。刺繍は、光を描く仕事です」。',
      ],
      en: [
        'Kaho Ishida is a Kaga embroiderer in Nagamachi, Kanazawa, stitching silk, gold and silver thread into obi, framed pieces and small accessories, one stitch at a time.',
        'Kaga embroidery is said to have come to Kanazawa with the spread of Buddhism in the Muromachi period, first adorning altar cloths (uchishiki) and priests\' robes; under the Kaga domain it dressed samurai garments and furnishings. It is known for nikuire, padding stitched beneath a motif so that it stands in relief, and for threads whose twist the embroiderer adjusts by hand to change their sheen.',
        'Ishida sometimes splits a single silk thread finer than a hair. "The same colour shines differently depending on the twist and the direction of the stitch," she says. "Embroidery is painting with light."',
      ],
    },
    quote: { ja: '刺繍は、光を描く仕事です。', en: 'Embroidery is painting with light.' },
    workshop: {
      name: { ja: '石田花穂 加賀繍工房', en: 'Kaho Ishida Kaga embroidery studio' },
      address: { ja: '石川県金沢市 長町', en: 'Nagamachi, Kanazawa, Ishikawa' },
      latitude: 36.5627,
      longitude: 136.6502,
    },
    lineage: {
      teacher: { ja: '加賀繍の繍師', en: 'A master Kaga embroiderer' },
      description: {
        ja: '肉入れと撚り糸の技を師について学んだ。',
        en: 'Learned padded relief and hand-twisted thread from a master embroiderer.',
      },
    },
    activeSince: 2011,
  },
  {
    handle: 'nakamura-yui',
    craft: 'mizuhiki',
    name: { ja: '中村 結', en: 'Yui Nakamura' },
    location: { ja: '金沢市 野町', en: 'Kanazawa, Nomachi' },
    bio: {
      ja: [
        '加賀水引の作家。和紙を撚ってのりで固めた水引を結び、祝儀袋や正月飾り、耳飾りまでを手で形づくる。',
        '水引は贈り物を結ぶ紙紐として古くから使われてきたが、金沢では大正時代、津田左右吉が結納飾りに鶴亀や松竹梅を立体的に結んで見せたことから、平面の結びを越えた「加賀水引」が生まれた。',
        '中村が最初に覚えたのは、ほどけにくく、何度でも結び直せないことから婚礼に用いる「あわじ結び」。「結び目は祈りの形。誰に贈るのかを考えながら結びます」。',
      ],
      en: [
        'Yui Nakamura makes Kaga mizuhiki: cords of twisted washi paper stiffened with starch, tied by hand into gift envelopes, New Year decorations and even earrings.',
        'Mizuhiki has long been used to tie gifts in Japan, but in Kanazawa in the Taishō era Tsuda Sōkichi began tying it into three-dimensional cranes, turtles, pines and plum blossoms for betrothal gifts, and Kaga mizuhiki grew beyond the flat knot.',
        'The first knot Nakamura learned was awaji-musubi, used for weddings because it is hard to undo. "A knot is the shape of a wish," she says. "I tie each one thinking of who will receive it."',
      ],
    },
    quote: { ja: '結び目は祈りの形。', en: 'A knot is the shape of a wish.' },
    workshop: {
      name: { ja: '中村結 水引工房', en: 'Yui Nakamura mizuhiki studio' },
      address: { ja: '石川県金沢市 野町', en: 'Nomachi, Kanazawa, Ishikawa' },
      latitude: 36.5555,
      longitude: 136.6480,
    },
    lineage: {
      teacher: { ja: '加賀水引の結び師', en: 'A Kaga mizuhiki maker' },
      description: {
        ja: '津田左右吉に始まる立体的な加賀水引の結びを学ぶ。',
        en: 'Learned the three-dimensional knots of Kaga mizuhiki that go back to Tsuda Sōkichi.',
      },
    },
    activeSince: 2014,
  },
  {
    handle: 'sakai-itsuki',
    craft: 'kiri',
    name: { ja: '酒井 樹', en: 'Itsuki Sakai' },
    location: { ja: '金沢市 寺町', en: 'Kanazawa, Teramachi' },
    bio: {
      ja: [
        '金沢桐工芸の職人。桐の板を組んで火鉢や箱、花入をつくり、表面を焼いて磨き出した木目に蒔絵を施す。',
        '金沢桐工芸は、明治のころ、桐の丸太をくり抜いた火鉢に始まる。表面を焼いて浮き出した木目を生かし、漆と蒔絵で飾る手法が加わって、実用の道具が工芸品となった。桐は軽く、湿気を通しにくく、狂いが少ないため、茶道具や大切なものをしまう箱にも用いられる。',
        '酒井は、木を乾かすことから仕事を始める。「桐は何年も雨ざらしにしてアクを抜く。急ぐと、後で必ず反ります」。',
      ],
      en: [
        'Itsuki Sakai is a maker of Kanazawa paulownia craft: braziers, boxes and vases of paulownia (kiri), their surfaces scorched and polished to bring out the grain, then decorated with maki-e.',
        'The craft began in the Meiji era with hibachi braziers hollowed from paulownia logs. Scorching the surface to raise the grain, and adding lacquer and maki-e, turned a household tool into a craft object. Light, slow to take up moisture and unlikely to warp, paulownia is also the wood for tea utensils and boxes that keep precious things.',
        'Sakai begins with drying the wood. "Paulownia stands out in the rain for years to wash out its tannins," he says. "Hurry that, and the piece will warp later."',
      ],
    },
    quote: { ja: '急ぐと、桐は後で必ず反る。', en: 'Hurry the wood, and it will warp later.' },
    workshop: {
      name: { ja: '酒井樹 桐工房', en: 'Itsuki Sakai paulownia workshop' },
      address: { ja: '石川県金沢市 寺町', en: 'Teramachi, Kanazawa, Ishikawa' },
      latitude: 36.5528,
      longitude: 136.6540,
    },
    lineage: {
      teacher: { ja: '金沢桐工芸の工房', en: 'A Kanazawa paulownia workshop' },
      description: {
        ja: '桐火鉢の工房で、木取りから焼き、蒔絵までを学ぶ。',
        en: 'Learned cutting, scorching and maki-e in a workshop that made paulownia braziers.',
      },
    },
    activeSince: 2008,
  },
  {
    handle: 'ueda-minori',
    craft: 'futamata-washi',
    name: { ja: '上田 実', en: 'Minori Ueda' },
    location: { ja: '金沢市 二俣町', en: 'Futamata, Kanazawa' },
    bio: {
      ja: [
        '二俣和紙の紙漉き。金沢市の東、医王山のふもとの二俣町で、楮を煮て、叩いて、一枚ずつ漉く。',
        '二俣の紙漉きは千三百年の歴史を持つと伝えられ、加賀藩の時代には藩の御料紙を漉く里として保護を受けた。山あいの冷たく澄んだ水が、繊維の長い、強い紙を生む。',
        '上田は、金箔を漉き込んだ紙や、灯りを透かす障子紙、手紙のための便箋を漉く。「冬の水がいちばんいい。手は冷たいけれど、紙が締まるんです」。',
      ],
      en: [
        'Minori Ueda is a papermaker in Futamata, at the foot of Mount Iōzen to the east of Kanazawa, where she boils, beats and forms kōzo (paper mulberry) paper one sheet at a time.',
        'Papermaking in Futamata is said to go back some 1,300 years; under the Kaga domain the village was protected as the maker of the domain\'s official paper. Cold, clear mountain water gives a strong paper of long fibres.',
        'Ueda makes paper with gold leaf formed into it, shoji paper that lets light through, and writing paper for letters. "Winter water is the best," she says. "Your hands freeze, but the paper comes out tight."',
      ],
    },
    quote: { ja: '冬の水が、紙を締める。', en: 'Winter water makes the paper tight.' },
    workshop: {
      name: { ja: '上田実 紙漉き場', en: 'Minori Ueda paper mill' },
      address: { ja: '石川県金沢市 二俣町', en: 'Futamata-machi, Kanazawa, Ishikawa' },
      latitude: 36.54,
      longitude: 136.77,
    },
    lineage: {
      teacher: { ja: '二俣の紙漉き', en: 'The papermakers of Futamata' },
      description: {
        ja: '二俣の紙漉き場で、楮の下ごしらえから流し漉きまでを学ぶ。',
        en: 'Learned everything from preparing the kōzo bark to nagashi-zuki sheet forming at a Futamata mill.',
      },
    },
    activeSince: 2013,
  },
]
