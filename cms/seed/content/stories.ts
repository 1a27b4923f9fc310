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
  {
    slug: 'layers-no-one-sees',
    artisan: 'kimura-sho',
    featuredProducts: ['kanazawa-maki-e-bowl', 'kanazawa-lacquer-chopsticks'],
    publishedAt: '2026-09-12T09:00:00.000Z',
    title: { ja: '見えない層　金沢漆器の下地', en: 'The layers no one sees' },
    excerpt: {
      ja: '蒔絵の金の下には、何十もの漆の層がある。蒔絵師・木村翔が、毎日使う椀の「見えない仕事」を語る。',
      en: 'Beneath the gold of maki-e lie dozens of coats of lacquer. Maki-e artist Sho Kimura on the unseen work in an everyday bowl.',
    },
    body: {
      ja: [
        '金沢漆器は、加賀藩三代藩主・前田利常が京都から蒔絵師・五十嵐道甫を招いたことに始まるとされる。武家の調度を飾った「加賀蒔絵」は、その華やかさで知られる。',
        { h2: '下地がすべてを決める' },
        '木村翔が一つの椀に費やす時間の大半は、金を蒔く前の下地に使われる。木地に漆と地の粉を塗っては研ぎ、また塗る。湿度の高い室でゆっくり乾かし、急がない。',
        { pullQuote: '見えない下地に、いちばん時間をかける。', attribution: '木村 翔' },
        '当店の蒔絵椀は、使い込むほどに艶が増す。ぬるま湯で洗い、すぐに拭けば、何十年も食卓に並ぶ。',
        { products: ['kanazawa-maki-e-bowl', 'kanazawa-lacquer-chopsticks'], heading: '木村翔の器' },
      ],
      en: [
        'Kanazawa lacquerware is said to begin with Maeda Toshitsune, third lord of Kaga, who brought the maki-e master Igarashi Dōho from Kyoto. The "Kaga maki-e" that decorated samurai furnishings is known for its splendour.',
        { h2: 'Everything rests on the foundation' },
        'Most of the time Sho Kimura spends on a bowl goes into the foundation, before any gold is sprinkled. Lacquer mixed with powdered earth is applied to the wood, polished, applied again, and cured slowly in a humid cabinet. Nothing is hurried.',
        { pullQuote: 'The most time goes into the layers no one sees.', attribution: 'Sho Kimura' },
        'The maki-e bowl in our shop gains lustre with use. Washed in lukewarm water and dried at once, it will stay on the table for decades.',
        { products: ['kanazawa-maki-e-bowl', 'kanazawa-lacquer-chopsticks'], heading: 'By Sho Kimura' },
      ],
    },
  },
  {
    slug: 'five-colours-of-kaga',
    artisan: 'mori-yuki',
    featuredProducts: ['kaga-yuzen-silk-furoshiki', 'kaga-yuzen-silk-scarf'],
    publishedAt: '2026-09-26T09:00:00.000Z',
    title: { ja: '加賀五彩　臙脂、藍、黄土、草、古代紫', en: 'The five colours of Kaga' },
    excerpt: {
      ja: '虫喰いの葉、外から内へのぼかし。加賀友禅作家・森雪が、庭の草花から色を借りる理由。',
      en: 'Worm-eaten leaves and shading that runs inward: Kaga-yuzen dyer Yuki Mori on borrowing colours from the garden.',
    },
    body: {
      ja: [
        '加賀友禅の色は「加賀五彩」と呼ばれる臙脂・藍・黄土・草・古代紫を基調とする。京友禅の金彩や刺繍に頼らず、染めだけで草花を描き切るのが加賀の流儀だ。',
        { h2: '虫喰いの葉' },
        '森雪は、葉に小さな虫喰いの穴を描き込む。完璧な葉よりも、季節を生きた葉のほうが美しいという加賀友禅の美意識である。ぼかしは外側から内側へ。花びらの縁がいちばん濃い。',
        { pullQuote: '色は、庭の草花から借りてくる。', attribution: '森 雪' },
        '当店の絹の風呂敷とスカーフは、森が一枚ずつ糊を置き、色を挿したもの。水洗いは避け、専門店のドライクリーニングに出してほしい。',
      ],
      en: [
        'Kaga-yuzen rests on the "five colours of Kaga": crimson, indigo, ochre, grass green and ancient purple. Where Kyoto yuzen adds gold and embroidery, Kaga dyers draw their flowers in dye alone.',
        { h2: 'Worm-eaten leaves' },
        'Yuki Mori paints small worm holes into her leaves: a leaf that has lived through a season is more beautiful than a perfect one. Her shading runs from the outside inward, so the edge of each petal is the deepest.',
        { pullQuote: 'I borrow my colours from the garden.', attribution: 'Yuki Mori' },
        'The silk furoshiki and scarf in our shop were pasted and coloured by Mori one at a time. Do not wash them in water; a specialist dry cleaner will keep the colours.',
      ],
    },
  },
  {
    slug: 'painting-with-light',
    artisan: 'ishida-kaho',
    featuredProducts: ['kaga-embroidery-brooch', 'kaga-embroidery-framed-crane'],
    publishedAt: '2026-10-10T09:00:00.000Z',
    title: { ja: '光を描く　加賀繍の撚り糸', en: 'Painting with light: the threads of Kaga embroidery' },
    excerpt: {
      ja: '一本の絹糸を、髪の毛より細く割く。繍師・石田花穂が、糸の撚りで光を描く。',
      en: 'A silk thread split finer than a hair: embroiderer Kaho Ishida paints with the twist of her thread.',
    },
    body: {
      ja: [
        '加賀繍は、室町時代に仏教とともに金沢へ伝わったとされる。仏前の打敷や袈裟を飾った刺繍は、加賀藩の時代には武家の装束にも用いられた。',
        { h2: '撚りを決める' },
        '石田花穂は、刺す前に糸を撚る。強く撚れば細く硬い光、甘く撚れば柔らかく広がる光。同じ色の糸でも、撚りと刺す向きで表情が変わる。',
        '文様の下に綿や糸を詰める「肉入れ」で、鶴の羽や花びらがわずかに盛り上がる。光が当たると、そのふくらみが影をつくる。',
        { pullQuote: '刺繍は、光を描く仕事です。', attribution: '石田 花穂' },
      ],
      en: [
        "Kaga embroidery is said to have reached Kanazawa with Buddhism in the Muromachi period. Stitched first for altar cloths and priests' robes, under the Kaga domain it dressed samurai too.",
        { h2: 'Choosing the twist' },
        'Kaho Ishida twists her thread before she stitches. A tight twist gives a fine, hard line of light; a loose one spreads it softly. The same colour changes with the twist and the direction of the stitch.',
        'With nikuire, padding stitched beneath the motif, a crane\'s wing or a petal rises slightly from the silk, and casts its own small shadow when the light falls on it.',
        { pullQuote: 'Embroidery is painting with light.', attribution: 'Kaho Ishida' },
      ],
    },
  },
  {
    slug: 'the-shape-of-a-wish',
    artisan: 'nakamura-yui',
    featuredProducts: ['mizuhiki-crane-and-turtle', 'mizuhiki-gift-envelope'],
    publishedAt: '2026-10-17T09:00:00.000Z',
    title: { ja: '結び目は祈りの形　加賀水引', en: 'The shape of a wish: Kaga mizuhiki' },
    excerpt: {
      ja: '和紙の紐が、鶴になり、亀になる。大正の金沢で生まれた立体の水引を、中村結が結ぶ。',
      en: 'Paper cord becomes a crane, a turtle. Yui Nakamura ties the three-dimensional mizuhiki born in Taishō-era Kanazawa.',
    },
    body: {
      ja: [
        '水引は、和紙を撚ってのりで固めた紐である。贈り物を結ぶ習わしは古いが、金沢では大正時代、津田左右吉が結納飾りに鶴亀や松竹梅を立体的に結び、「加賀水引」が生まれた。',
        { h2: 'あわじ結び' },
        '中村結が最初に覚えたのは、あわじ結びだった。両端を引くほど固く締まり、ほどけにくい。だから婚礼に使われる。',
        { pullQuote: '結び目は祈りの形。', attribution: '中村 結' },
        '当店の鶴亀飾りは、数十本の水引を組み合わせて一日がかりで仕上げる。湿気を避け、箱に入れて保管してほしい。',
        { products: ['mizuhiki-crane-and-turtle', 'mizuhiki-gift-envelope'] },
      ],
      en: [
        'Mizuhiki is cord of twisted washi stiffened with starch. Tying gifts with it is an old custom, but in Taishō-era Kanazawa Tsuda Sōkichi tied it into three-dimensional cranes, turtles, pine and plum for betrothal gifts, and Kaga mizuhiki was born.',
        { h2: 'Awaji-musubi' },
        'The first knot Yui Nakamura learned was awaji-musubi. Pull both ends and it only tightens; it is hard to undo, which is why it is tied for weddings.',
        { pullQuote: 'A knot is the shape of a wish.', attribution: 'Yui Nakamura' },
        'The crane-and-turtle ornament in our shop combines dozens of cords and takes a full day to finish. Keep it away from damp, in its box.',
        { products: ['mizuhiki-crane-and-turtle', 'mizuhiki-gift-envelope'] },
      ],
    },
  },
  {
    slug: 'paulownia-in-the-rain',
    artisan: 'sakai-itsuki',
    featuredProducts: ['kiri-hibachi-maki-e', 'kiri-tea-canister'],
    publishedAt: '2026-10-31T09:00:00.000Z',
    title: { ja: '雨ざらしの桐　金沢桐工芸', en: 'Paulownia in the rain' },
    excerpt: {
      ja: '桐は何年も雨にさらしてから使う。火鉢に始まる金沢桐工芸を、酒井樹の工房に訪ねた。',
      en: "Paulownia stands in the rain for years before it is used. A visit to Itsuki Sakai's workshop, where Kanazawa's paulownia craft began with braziers.",
    },
    body: {
      ja: [
        '金沢桐工芸は明治のころ、桐の丸太をくり抜いた火鉢に始まる。表面を焼き、柔らかい部分を磨き落として木目を浮き立たせ、そこに蒔絵を施した。',
        { h2: 'アクを抜く' },
        '酒井樹の工房の裏には、桐の板が積まれている。雨にさらしてアクを抜き、何年もかけて乾かす。急ぐと、仕上げた後で反りや割れが出る。',
        { pullQuote: '急ぐと、桐は後で必ず反る。', attribution: '酒井 樹' },
        '桐は軽く、湿気を通しにくい。茶筒にすれば茶葉の香りを守り、箱にすれば大切なものを守る。乾いた柔らかい布で拭くだけでよい。',
      ],
      en: [
        'Kanazawa paulownia craft began in the Meiji era with braziers hollowed from paulownia logs. Makers scorched the surface, brushed away the soft wood to raise the grain, and decorated it with maki-e.',
        { h2: 'Washing out the tannins' },
        "Behind Itsuki Sakai's workshop, paulownia boards are stacked in the open. Rain washes out their tannins and they dry for years. Hurry, and a finished piece will warp or split.",
        { pullQuote: 'Hurry the wood, and it will warp later.', attribution: 'Itsuki Sakai' },
        'Paulownia is light and slow to take up moisture: as a tea canister it keeps the tea fragrant, as a box it keeps precious things safe. A wipe with a dry soft cloth is all it needs.',
      ],
    },
  },
  {
    slug: 'winter-water-of-futamata',
    artisan: 'ueda-minori',
    featuredProducts: ['futamata-washi-letter-set', 'futamata-washi-lampshade'],
    publishedAt: '2026-11-14T09:00:00.000Z',
    title: { ja: '冬の水で漉く　二俣和紙', en: 'Winter water: paper from Futamata' },
    excerpt: {
      ja: '加賀藩の御料紙を漉いた里、二俣。紙漉き・上田実は、手がかじかむ冬の水をいちばんの味方と呼ぶ。',
      en: 'Futamata made the official paper of the Kaga domain. Papermaker Minori Ueda calls freezing winter water her best ally.',
    },
    body: {
      ja: [
        '金沢市の東、医王山のふもとの二俣町では、千三百年にわたって紙が漉かれてきたと伝えられる。加賀藩の時代には藩の御料紙を漉く里として守られた。',
        { h2: '楮を煮て、叩く' },
        '上田実の一日は、楮の皮を灰汁で煮ることから始まる。水の中で塵を一つずつ取り除き、木槌で叩いて繊維をほぐす。トロロアオイの粘りを加えた紙料を簀桁で揺らし、一枚ずつ漉いていく。',
        { pullQuote: '冬の水が、紙を締める。', attribution: '上田 実' },
        '当店の便箋は、上田が冬に漉いた紙でつくった。万年筆のインクがにじまず、光に透かすと長い繊維が見える。',
        { products: ['futamata-washi-letter-set', 'futamata-washi-lampshade'] },
      ],
      en: [
        'In Futamata, at the foot of Mount Iōzen east of Kanazawa, paper is said to have been made for 1,300 years. Under the Kaga domain the village was protected as the maker of the official paper.',
        { h2: 'Boil, clean, beat' },
        "Minori Ueda's day begins by boiling kōzo bark in lye. She picks specks out under water one by one and beats the fibres loose with mallets. Pulp thickened with tororo-aoi is rocked across a bamboo screen, one sheet at a time.",
        { pullQuote: 'Winter water makes the paper tight.', attribution: 'Minori Ueda' },
        "The writing paper in our shop was made from Ueda's winter sheets. Fountain-pen ink does not bleed, and held to the light it shows its long fibres.",
        { products: ['futamata-washi-letter-set', 'futamata-washi-lampshade'] },
      ],
    },
  },
  {
    slug: 'red-lines-of-aka-e',
    artisan: 'hoshino-aya',
    featuredProducts: ['kutani-akae-teacup'],
    publishedAt: '2026-11-21T09:00:00.000Z',
    title: { ja: '赤絵の細描　九谷焼のもう一つの顔', en: 'The fine red lines of aka-e' },
    excerpt: {
      ja: '五彩の大胆さとは対照的に、赤一色で器を埋め尽くす赤絵。星野彩が、一ミリに何本もの線を引く。',
      en: 'Where gosai is bold, aka-e fills a cup with red alone. Aya Hoshino draws several lines to the millimetre.',
    },
    body: {
      ja: [
        '九谷焼には、五彩とは別の系譜がある。十九世紀に再興された九谷で盛んになった「赤絵」は、赤の上絵具だけで細かな文様を器いっぱいに描く。',
        { h2: '一ミリに何本もの線' },
        '星野彩は、赤絵を描くときだけ筆を替える。穂先の数本の毛だけを残した極細の筆で、小紋や人物を埋め尽くしていく。湯呑一つに、何日もかかる。',
        '赤は焼き過ぎると黒ずみ、足りないと粉っぽく残る。窯の温度を見極めるのも絵付け師の仕事だ。',
        { products: ['kutani-akae-teacup'], heading: '赤絵の湯呑' },
      ],
      en: [
        'Kutani has a second lineage besides gosai. Aka-e, which flourished in the nineteenth-century revival, covers a piece with fine patterns in red enamel alone.',
        { h2: 'Several lines to the millimetre' },
        'Aya Hoshino changes brushes for aka-e: a brush trimmed to a few hairs at the tip, with which she fills a cup with tiny patterns and figures. One teacup takes days.',
        'Over-fired, the red darkens; under-fired, it stays powdery. Judging the kiln is part of the painter\'s work.',
        { products: ['kutani-akae-teacup'], heading: 'An aka-e teacup' },
      ],
    },
  },
  {
    slug: 'tea-bowl-for-two-hands',
    artisan: 'takeda-ren',
    featuredProducts: ['ohi-black-tea-bowl', 'ohi-sweets-dishes'],
    publishedAt: '2026-11-22T09:00:00.000Z',
    title: { ja: '黒い大樋　冬の茶会のために', en: 'A black Ohi bowl for winter tea' },
    excerpt: {
      ja: '飴釉で知られる大樋焼にも、黒い茶碗がある。武田蓮が、炉の季節のために焼いた一碗。',
      en: 'Ohi is known for amber, but it has black bowls too. Ren Takeda on a bowl fired for the hearth season.',
    },
    body: {
      ja: [
        '茶の湯では、十一月に炉を開き、冬の間は釜を畳の炉に据える。手を温めるように茶碗を包む季節である。',
        { h2: '黒の深さ' },
        '武田蓮の黒い茶碗は、飴釉と同じく焼成中の窯から引き出して急冷する。その一瞬で釉が縮れ、光を吸うような深い黒になる。',
        { pullQuote: '同じ釉でも、同じ茶碗は二つとできない。', attribution: '武田 蓮' },
        '使う前にぬるま湯に浸し、使った後はよく乾かしてからしまう。それだけで、茶碗は年ごとに落ち着いた景色になっていく。',
      ],
      en: [
        'In the tea ceremony the hearth is opened in November, and through the winter the kettle sits in a sunken hearth in the tatami: the season of bowls held like warm hands.',
        { h2: 'The depth of black' },
        "Ren Takeda's black bowls, like his amber ones, are pulled from the hot kiln and cooled at once. In that moment the glaze shrinks into a deep black that seems to swallow light.",
        { pullQuote: 'Same glaze, never the same bowl twice.', attribution: 'Ren Takeda' },
        'Soak it in lukewarm water before use and let it dry fully afterwards; year by year the bowl settles into its own character.',
      ],
    },
  },
]
