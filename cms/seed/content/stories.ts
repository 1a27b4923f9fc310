import type { ContentLocale } from '../../locales'
import type { Block } from '../lexical'

export type StorySeed = {
  slug: string
  artisan: string
  featuredProducts: readonly string[]
  publishedAt: string
  title: Record<ContentLocale, string>
  excerpt: Record<ContentLocale, string>
  body: Record<ContentLocale, readonly Block[]>
}

/** The demo stories, published in Japanese and English. Slugs and product handles per the contract. */
export const stories: readonly StorySeed[] = [
  {
    slug: 'the-five-colours-of-kutani',
    artisan: 'hoshino-aya',
    featuredProducts: ['kutani-gosai-plate', 'kutani-sake-cups-pair'],
    publishedAt: '2026-10-03T09:00:00.000Z',
    title: {
      ja: '九谷の五彩　緑、黄、紫、紺青、赤',
      en: 'The five colours of Kutani',
    },
    excerpt: {
      ja: '江戸時代から九谷焼を彩ってきた五つの色。上絵付け師・星野彩が、窯を開けるまで見えない色について語る。',
      en: 'Five enamel colours have defined Kutani ware since the seventeenth century. Painter Aya Hoshino on colours you cannot see until the kiln is opened.',
    },
    body: {
      ja: [
        '九谷焼の名は、石川県南部の山あいにあった九谷村に由来する。十七世紀半ば、加賀前田家の支藩である大聖寺藩のもとで磁器が焼かれはじめた。いま「古九谷」と呼ばれるその器は、大皿の見込みいっぱいに緑や黄、紫を塗り込め、山水や鳥、幾何学文様を大胆に描いたことで知られる。窯は数十年で途絶え、九谷焼は百年近く沈黙する。十九世紀初め、金沢の春日山に開かれた窯をはじめとする「再興九谷」によって、その色はふたたび息を吹き返した。',
        { h2: '五つの色' },
        '時代を超えて九谷焼をつないできたのが「五彩」、すなわち緑・黄・紫・紺青・赤の五色である。いずれも上絵具で、釉薬をかけて一度焼き上げた磁器の上に描き、八百度ほどの低い温度でもう一度焼き付ける。厚く盛った緑や黄、紫はガラス質の透明な層となり、その下の線描が水の底の模様のように透けて見える。',
        '「絵具の壺を見た人は、たいてい驚きます」と、卯辰山のふもとに工房を構えて九年になる星野彩は笑う。「焼く前の緑はくすんだ灰色で、黄色はほとんど肌色。焼けばどの色になるのか、全部頭に入れておかないといけません」。星野はまず、焼くと黒く発色する呉須で細い輪郭線（骨描き）を引き、柔らかい筆で絵具を盛り上げていく。色の深みが失われないよう、絵具は決して薄めすぎない。',
        { h2: '食卓のための一枚' },
        '当店で扱う五彩の大皿は、三度の窯を経て仕上がった。一度目は輪郭と赤の細部、二度目に緑と黄、三度目は一度目で薄く出た紫を深めるため。牡丹の下に小さな菱文の帯をめぐらせた意匠は古九谷に学んだものだが、寸法や余白の取り方は、壁に飾るためではなく料理を盛るために星野自身が決めた。対の盃も同じ五彩で描かれ、酒の色が見えるよう内側は白く残している。',
        '上絵の器は日々の使用にも十分耐える。柔らかいスポンジで手洗いしていただければ、絵具の艶は何代にもわたって保たれる。',
      ],
      en: [
        'Kutani ware takes its name from Kutani, a village in the mountains of southern Ishikawa, where porcelain was first fired in the mid-seventeenth century under the Daishōji domain, a branch of the Maeda family of Kaga. The early pieces, known today as Ko-Kutani ("old Kutani"), are remembered for their daring: large plates flooded with green, yellow and purple, painted with landscapes, birds and geometric patterns in a confident hand. The kilns closed after a few decades, and for nearly a century Kutani fell silent, until a revival in the early nineteenth century, beginning with a kiln opened on Kasugayama in Kanazawa itself, brought its colours back.',
        { h2: 'Five colours' },
        'What ties these periods together is gosai, the five colours: green, yellow, purple, Prussian blue (konjō) and red. All are overglaze enamels, painted onto porcelain that has already been glazed and fired, then fixed in a second, lower firing at around 800°C. Laid on thickly, the green, yellow and purple become glassy and translucent, so that the line drawing beneath shows through them like a pattern under water.',
        '"People are always surprised when they see my paint pots," says Aya Hoshino, who has worked from a studio at the foot of Utatsuyama for nine years. "Before firing, the green is a dull grey and the yellow is almost skin-coloured. I have to keep in mind what each one will become." She begins every piece with a fine outline in gosu, a pigment that fires to black, and then builds up the enamels with a soft brush, never thinning them so far that they lose their depth.',
        { h2: 'A plate for the table' },
        "The large gosai plate in our shop went through the kiln three times: once for the outline and the red details, a second time for the green and yellow, and a third to deepen a purple that had come out too thin. Its design, peonies above a band of small lozenges, learns from Ko-Kutani, but the proportions and the space left empty are Hoshino's own, chosen for serving food rather than hanging on a wall. The pair of sake cups carries the same five colours at a smaller scale; the inside of each cup is left white so that the colour of the sake can be seen.",
        'Overglaze enamels stand up well to daily use. Washed by hand with a soft sponge, they keep their gloss for generations.',
      ],
    },
  },
  {
    slug: 'amber-glaze-of-ohi',
    artisan: 'takeda-ren',
    featuredProducts: ['ohi-amber-tea-bowl'],
    publishedAt: '2026-10-24T09:00:00.000Z',
    title: {
      ja: '大樋の飴釉　手のひらに収まる琥珀色',
      en: 'The amber glaze of Ohi',
    },
    excerpt: {
      ja: '茶の湯とともに金沢に根づいて三百五十年余り。ろくろを使わない大樋焼の茶碗づくりを、陶芸家・武田蓮の工房に訪ねた。',
      en: 'For more than three and a half centuries Ohi ware has been made for the tea ceremony in Kanazawa. A visit to potter Ren Takeda, who shapes his tea bowls without a wheel.',
    },
    body: {
      ja: [
        '寛文六年（1666年）、裏千家四代・仙叟宗室は、加賀藩五代藩主・前田綱紀に招かれて京都から金沢へ下った。これに従ったのが、京都の楽家のもとで焼き物を学んだ陶工・長左衛門である。長左衛門は城下の外れの大樋に窯を築き、その地の土で茶碗を焼いた。以来、その焼き物は大樋焼と呼ばれている。',
        { h2: '手で形づくり、一気に焼く' },
        '大樋焼は楽焼の流れを汲む。茶碗はろくろで挽くのではなく、手で土を立ち上げ、へらで削って形づくる。だから一碗ごとに、つくり手の手の跡が残る。比較的低い温度で数碗ずつ焼き、赤く焼けた窯から長い鉄の鋏で引き出して外気で冷ます。急な温度の変化が、二つとない表情を器の肌に残す。',
        '大樋焼を大樋焼たらしめているのが、飴釉である。鉄を含む釉が、焼くと琥珀色、あるいは水飴のような色に発色する。釉が溜まったところは深く沈んだ色に、縁で薄くなったところは明るい蜂蜜色になる。',
        { h2: '両手で包む茶碗' },
        '武田蓮の茶碗は、握りこぶし二つほどの土の塊から始まる。「茶碗は手に持って、回して、口元へ運ぶもの。だから、手で包み込むようにして形をつくります。そうすれば手に馴染む」。高台は最後に削り出し、釉をかけずに残す。琥珀色の下の温かな土の色が、そこから見える。',
        '当店の飴釉茶碗は一点ものだ。口縁の片側では釉が厚く流れ、反対側では明るい筋となって途切れている。窓から差し込む光のような景色である。売れてしまえば、同じものは二度とない。同じ釉をかけた小ぶりの香合は、大樋焼をはじめて手にする方にもおすすめしたい。',
      ],
      en: [
        'In 1666 the tea master Sensō Sōshitsu, fourth head of the Urasenke school, travelled from Kyoto to Kanazawa at the invitation of Maeda Tsunanori, fifth lord of the Kaga domain. With him came a potter, Chōzaemon, who had learned his craft with the Raku family of Kyoto. He built a kiln at Ohi, on the edge of the castle town, and fired tea bowls from the local clay. The ware he began has been called Ohi ever since.',
        { h2: 'Shaped by hand, fired fast' },
        'Ohi ware belongs to the raku tradition. Bowls are not thrown on a wheel but raised by hand and pared with a spatula, so each one keeps the marks of the hands that made it. They are fired at a comparatively low temperature, a few at a time, and drawn from the glowing kiln with long iron tongs to cool in the open air. The sudden change of temperature leaves every surface with a character no other bowl shares.',
        'The signature of the ware is its ame-gusuri, an iron-bearing glaze that fires to the colour of amber or barley sugar. Where it pools it turns deep, almost dark; where it thins over an edge it shows a lighter honey tone.',
        { h2: 'A bowl held in two hands' },
        'Ren Takeda\'s tea bowls begin as a lump of clay about the size of two fists. "A tea bowl is held, turned, raised to the lips," he says. "So I shape it with my hands closed around it. That way it fits a hand." He carves the foot last and leaves it unglazed, so the warm colour of the clay shows beneath the amber.',
        "The amber tea bowl in our shop is one of a kind. On one side of the rim the glaze ran thick; on the other it breaks into a lighter streak, like light falling through a window. When it is sold there will not be another like it. Takeda's small incense holders, in the same glaze, make a good first piece of Ohi ware.",
      ],
    },
  },
  {
    slug: 'a-ten-thousandth-of-a-millimetre',
    artisan: 'fujita-haru',
    featuredProducts: ['gold-leaf-sake-cup', 'gold-leaf-coaster-set'],
    publishedAt: '2026-11-07T09:00:00.000Z',
    title: {
      ja: '一万分の一ミリの金',
      en: 'A ten-thousandth of a millimetre',
    },
    excerpt: {
      ja: '国内の金箔の99%以上を生む金沢。東山の箔打ち職人・藤田陽の工房で、金が光を透かすほど薄くなるまでを見た。',
      en: "Kanazawa makes more than 99 percent of Japan's gold leaf. In Haru Fujita's workshop in Higashiyama, gold is beaten until light shines through it.",
    },
    body: {
      ja: [
        '金は、あらゆる金属のなかでもっとも薄く延びる。わずか一グラムの金が、打ち延ばせば畳およそ三分の一の広さになる。',
        '金沢の箔打ち職人たちは、何百年にもわたってその限界に挑んできた。いま金沢は国内で生産される金箔の99%以上を担い、その箔は全国の寺社や仏壇、漆器や陶磁器を彩っている。',
        { h2: '延金から箔へ' },
        '仕事は合金づくりから始まる。金にわずかな銀と銅を加えることで、箔の色合いが決まり、打ち延ばしやすくなる。溶かして延ばした帯状の金を小さな正方形に切り、和紙に挟んで打つ。まず「上澄」と呼ばれる薄い金に仕上げ、それを再び切り分けて、より目の細かい箔打紙に移し、さらに打ち延ばす。最後の段階で、箔の厚みはおよそ一万分の一ミリ。窓にかざすと、透けた光で緑がかって見える。',
        '伝統的な「縁付」の技法では、金と同じくらい紙が大切だ。藤田陽は箔打紙を自ら仕込む。稲藁の灰汁や柿渋、卵白を合わせた液に和紙を浸しては打ち、乾かすことを何か月も繰り返し、箔を破らずに支えられるほど滑らかで強い紙に育てる。役目を終えた箔打紙は「あぶらとり紙」として第二の人生を送る。縁付金箔の製造技術は2020年、「伝統建築工匠の技」の一つとしてユネスコ無形文化遺産に登録された。',
        { h2: '器に箔を押す' },
        '箔を押すこともまた、一つの技である。藤田は竹の箸で箔を一枚ずつ持ち上げ、薄く漆や接着剤を引いた面にのせ、柔らかい刷毛で押さえていく。当店の金箔盃は内側に箔を押してあり、注いだ酒がやわらかな金色に光る。コースターは、漆の地に金の箔片を散らしたもの。金は錆びないため、研磨剤入りのスポンジを避けてやさしく手洗いすれば、その輝きは長く保たれる。',
      ],
      en: [
        'Gold is the most malleable of metals. A single gram, beaten out, covers roughly half a square metre.',
        "Kanazawa's leaf-beaters have worked at that limit for centuries. Today the city makes more than 99 percent of the gold leaf produced in Japan, and its leaf covers temples and shrines, household altars, lacquerware and ceramics across the country.",
        { h2: 'From ingot to leaf' },
        'The work starts with an alloy: gold with a small share of silver and copper, which sets the colour of the leaf and makes the metal easier to beat. It is melted, rolled into a long ribbon and cut into small squares, which are layered between sheets of paper and beaten into thin foils called uwazumi. These are cut again, moved to a finer beating paper and beaten once more. At the last stage the leaf is about a ten-thousandth of a millimetre thick; held up to a window, it glows green with the light passing through it.',
        "In the traditional entsuke method the paper matters as much as the metal, and Haru Fujita prepares her own. Japanese paper is soaked in a mixture of rice-straw lye, persimmon tannin and egg white, then beaten and dried, over and over for months, until it is smooth and strong enough to carry the leaf without tearing it. Worn-out beating paper has a second life as aburatorigami, the blotting paper for the face. In 2020 entsuke gold-leaf making was inscribed by UNESCO as part of Japan's traditional skills for the conservation of wooden architecture.",
        { h2: 'Leaf on a cup' },
        'Applying leaf is a craft of its own. Fujita lifts each square with bamboo tweezers, lays it on a surface prepared with a thin coat of lacquer or size, and presses it down with a soft brush. The sake cup in our shop is leafed inside, so that the sake takes on a soft golden glow; the coasters carry a scatter of gold flakes on a lacquered ground. Gold does not tarnish: washed gently by hand, without abrasive sponges, the leaf keeps its shine for many years.',
      ],
    },
  },
]
