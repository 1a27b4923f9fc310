import type { CareKey } from '../../care-keys'
import type { CraftSlug } from '../../crafts'
import type { ContentLocale } from '../../locales'
import type { Block } from '../lexical'

type Text = Record<ContentLocale, string>

export type CraftSeed = {
  slug: CraftSlug
  name: Text
  summary: Text
  history: Record<ContentLocale, readonly Block[]>
  steps: readonly { title: Text; description: Text }[]
  care: readonly { careKey: CareKey; material: Text; instructions: Text }[]
}

/** The craft guides: the nine crafts the shop carries, in Japanese and English. */
export const crafts: readonly CraftSeed[] = [
  {
    slug: 'kutani',
    name: { ja: '九谷焼', en: 'Kutani ware' },
    summary: {
      ja: '緑・黄・紫・紺青・赤の「五彩」で知られる色絵磁器。十七世紀半ばに九谷村で始まり、十九世紀に金沢の春日山窯などで再興された。',
      en: 'Overglaze-enamelled porcelain known for its five colours: green, yellow, purple, Prussian blue and red. Begun in the village of Kutani in the mid-seventeenth century, revived in the nineteenth, with the Kasugayama kiln in Kanazawa among the first.',
    },
    history: {
      ja: [
        '九谷焼は、十七世紀半ば、大聖寺藩のもと九谷村で焼かれた磁器に始まる。この「古九谷」は数十年で途絶えたが、十九世紀初めに金沢の春日山窯をはじめとする窯で再興され、赤絵や金襴手など多彩な様式が生まれた。',
        '明治には「ジャパン・クタニ」として海外へ輸出され、いまも能美・小松・加賀・金沢で多くの作家が制作を続けている。',
      ],
      en: [
        'Kutani ware begins with porcelain fired in the village of Kutani in the mid-seventeenth century, under the Daishōji domain. This Ko-Kutani ended within decades, but kilns revived the ware in the early nineteenth century, beginning with the Kasugayama kiln in Kanazawa, and new styles followed: red aka-e, gold-rich kinrande and more.',
        'In the Meiji era "Japan Kutani" was exported worldwide; today many potters and painters work in Nomi, Komatsu, Kaga and Kanazawa.',
      ],
    },
    steps: [
      {
        title: { ja: '素地づくり', en: 'Forming the body' },
        description: {
          ja: '陶石からつくった磁器土を成形し、素焼きののち釉薬をかけて本焼きする。',
          en: 'Porcelain clay is formed, biscuit-fired, glazed and fired at high temperature.',
        },
      },
      {
        title: { ja: '骨描き', en: 'Outlining' },
        description: {
          ja: '焼くと黒く発色する呉須で、文様の輪郭を細い線で描く。',
          en: 'The design is outlined in gosu, a pigment that fires to black.',
        },
      },
      {
        title: { ja: '上絵付け', en: 'Enamelling' },
        description: {
          ja: '五彩の上絵具を厚く盛り、八百度前後で焼き付ける。色ごとに窯を重ねることもある。',
          en: 'The five-colour enamels are laid on thickly and fired at about 800°C, sometimes once per colour.',
        },
      },
    ],
    care: [
      {
        careKey: 'porcelain-overglaze',
        material: { ja: '色絵磁器', en: 'Overglaze-enamelled porcelain' },
        instructions: {
          ja: '柔らかいスポンジで手洗いしてください。金彩・銀彩のある器は電子レンジと食器洗い機を避けてください。',
          en: 'Wash by hand with a soft sponge. Keep pieces with gold or silver away from microwaves and dishwashers.',
        },
      },
    ],
  },
  {
    slug: 'ohi',
    name: { ja: '大樋焼', en: 'Ohi ware' },
    summary: {
      ja: '寛文六年（1666年）に始まる金沢の楽焼系の陶器。ろくろを使わない手捏ねと、琥珀色の飴釉が特徴。',
      en: "Kanazawa's raku-style pottery since 1666: hand-built without a wheel and known for its amber glaze.",
    },
    history: {
      ja: [
        '加賀藩五代藩主・前田綱紀が裏千家四代・仙叟宗室を招いた際、同行した陶工・長左衛門が金沢の大樋村に窯を開いたのが始まりと伝えられる。',
        '茶の湯とともに育った大樋焼は、いまも茶碗を中心に、水指や香合など茶道具を多く生み出している。',
      ],
      en: [
        'When Maeda Tsunanori, fifth lord of Kaga, invited the tea master Sensō Sōshitsu of Urasenke, the potter Chōzaemon came with him and opened a kiln in Ohi village, Kanazawa.',
        'Grown up with the tea ceremony, Ohi ware is still made mostly as tea bowls, water jars and incense containers.',
      ],
    },
    steps: [
      {
        title: { ja: '手捏ね', en: 'Hand-building' },
        description: {
          ja: 'ろくろを使わず、手とへらで土を立ち上げ、削って形を整える。',
          en: 'The clay is raised by hand and spatula, without a wheel, then carved to shape.',
        },
      },
      {
        title: { ja: '施釉', en: 'Glazing' },
        description: {
          ja: '飴釉を掛ける。釉の厚みで焼き上がりの色の深さが変わる。',
          en: 'The amber glaze is applied; its thickness sets the depth of the fired colour.',
        },
      },
      {
        title: { ja: '引き出し', en: 'Drawing from the kiln' },
        description: {
          ja: '焼成中の窯から一碗ずつ引き出し、外気で急冷する。',
          en: 'Each piece is pulled from the hot kiln with tongs and cooled in the open air.',
        },
      },
    ],
    care: [
      {
        careKey: 'earthenware-raku',
        material: { ja: '楽焼系の軟陶', en: 'Raku-style earthenware' },
        instructions: {
          ja: '使う前にぬるま湯に浸し、使った後はよく乾かしてからしまってください。洗剤は控えめに。',
          en: 'Soak in lukewarm water before use, dry thoroughly before storing, and use little or no detergent.',
        },
      },
    ],
  },
  {
    slug: 'lacquer',
    name: { ja: '金沢漆器', en: 'Kanazawa lacquerware' },
    summary: {
      ja: '加賀藩が京都から招いた蒔絵師・五十嵐道甫に始まるとされる漆器。堅牢な下地と優美な加賀蒔絵で知られる。',
      en: 'Lacquerware said to begin with Igarashi Dōho, a maki-e master invited from Kyoto by the Kaga domain: strong foundations and elegant Kaga maki-e.',
    },
    history: {
      ja: [
        '三代藩主・前田利常が五十嵐道甫を招き、武家の調度を飾る「加賀蒔絵」が育った。',
        '茶道具から日々の椀まで、いまも塗師・蒔絵師がそれぞれの工程を担っている。',
      ],
      en: [
        'Maeda Toshitsune, third lord of Kaga, brought Igarashi Dōho from Kyoto, and "Kaga maki-e" grew to decorate the furnishings of samurai households.',
        'From tea utensils to everyday bowls, lacquerers and maki-e artists still share the work stage by stage.',
      ],
    },
    steps: [
      {
        title: { ja: '下地', en: 'Foundation' },
        description: {
          ja: '木地に漆と地の粉を重ねて塗り、研いで丈夫な下地をつくる。',
          en: 'Lacquer mixed with powdered earth is applied to the wood in layers and polished.',
        },
      },
      {
        title: { ja: '上塗り', en: 'Top coats' },
        description: {
          ja: '精製した漆を塗り重ね、湿度の高い室でゆっくり乾かす。',
          en: 'Refined lacquer is applied coat by coat and cured slowly in a humid cabinet.',
        },
      },
      {
        title: { ja: '蒔絵', en: 'Maki-e' },
        description: {
          ja: '漆で文様を描き、乾く前に金粉・銀粉を蒔いて研ぎ出す。',
          en: 'A design is drawn in lacquer and sprinkled with gold or silver powder before it dries.',
        },
      },
    ],
    care: [
      {
        careKey: 'urushi',
        material: { ja: '漆', en: 'Urushi lacquer' },
        instructions: {
          ja: 'ぬるま湯と柔らかい布で洗い、すぐに拭いてください。直射日光、電子レンジ、食器洗い機は避けてください。',
          en: 'Wash in lukewarm water with a soft cloth and dry at once. Avoid direct sunlight, microwaves and dishwashers.',
        },
      },
    ],
  },
  {
    slug: 'gold-leaf',
    name: { ja: '金沢箔', en: 'Kanazawa gold leaf' },
    summary: {
      ja: '国内の金箔の99%以上を生む金沢の箔。金を一万分の一ミリほどまで打ち延ばす。',
      en: "Kanazawa makes more than 99 percent of Japan's gold leaf, beaten to about a ten-thousandth of a millimetre.",
    },
    history: {
      ja: [
        '金沢の箔づくりは加賀藩の時代から続き、湿潤な気候と良質な水が、箔打ちと箔打紙づくりを支えてきた。',
        '寺社の金箔から工芸品、食用の金箔まで、いまも全国の金箔のほとんどが金沢で打たれている。',
      ],
      en: [
        'Leaf-making in Kanazawa goes back to the Kaga domain; a humid climate and good water suit both beating and the making of beating papers.',
        "From temple gilding to crafts and edible gold, nearly all of Japan's gold leaf is still beaten in Kanazawa.",
      ],
    },
    steps: [
      {
        title: { ja: '延金', en: 'Rolling' },
        description: {
          ja: '金に微量の銀と銅を加えた合金を、薄い帯状に延ばす。',
          en: 'Gold alloyed with traces of silver and copper is rolled into a thin ribbon.',
        },
      },
      {
        title: { ja: '箔打ち', en: 'Beating' },
        description: {
          ja: '和紙に挟んで打ち、移し替えてはまた打つことを繰り返す。',
          en: 'The gold is beaten between sheets of paper, moved to fresh papers and beaten again.',
        },
      },
      {
        title: { ja: '箔移し', en: 'Cutting and transfer' },
        description: {
          ja: '竹の道具で箔を切りそろえ、広物帳に移す。',
          en: 'The leaf is trimmed with bamboo tools and transferred into paper books.',
        },
      },
    ],
    care: [
      {
        careKey: 'gold-leaf',
        material: { ja: '金箔', en: 'Gold leaf' },
        instructions: {
          ja: '箔の面はこすらず、柔らかい布で軽く押さえるように拭いてください。研磨剤は使わないでください。',
          en: 'Never rub the leaf: pat it with a soft cloth. Do not use abrasives.',
        },
      },
    ],
  },
  {
    slug: 'kaga-yuzen',
    name: { ja: '加賀友禅', en: 'Kaga-yuzen' },
    summary: {
      ja: '宮崎友禅斎に始まるとされる金沢の染め。加賀五彩と、写実的な草花、虫喰いやぼかしの表現が特徴。',
      en: "Kanazawa's silk dyeing, said to begin with Miyazaki Yūzensai: the five colours of Kaga, flowers drawn from life, worm-eaten leaves and inward shading.",
    },
    history: {
      ja: [
        '京都の扇絵師・宮崎友禅斎が晩年に金沢へ移り、加賀の染めに新しい意匠をもたらしたと伝えられる。',
        '染め上がった反物を川で洗う「友禅流し」は、浅野川の風景として知られてきた。',
      ],
      en: [
        'The Kyoto fan painter Miyazaki Yūzensai is said to have moved to Kanazawa late in life and given Kaga dyeing new designs.',
        'Rinsing the dyed silk in the river, yuzen-nagashi, long belonged to the view of the Asano river.',
      ],
    },
    steps: [
      {
        title: { ja: '下絵', en: 'Sketch' },
        description: {
          ja: '青花（ツユクサの汁）で白生地に下絵を描く。水で消える色である。',
          en: 'The design is sketched on white silk in aobana, a dayflower dye that washes out.',
        },
      },
      {
        title: { ja: '糸目糊置き', en: 'Paste lines' },
        description: {
          ja: '筒に詰めた糊で輪郭をなぞり、色がにじまないよう防ぐ。',
          en: 'Rice paste is piped along the outlines so that colours do not bleed.',
        },
      },
      {
        title: { ja: '彩色', en: 'Colouring' },
        description: {
          ja: '筆と刷毛で加賀五彩を挿し、外から内へぼかす。',
          en: 'The five colours of Kaga are brushed in, shaded from the outside inward.',
        },
      },
      {
        title: { ja: '水元', en: 'Rinsing' },
        description: {
          ja: '蒸して色を定着させ、水で糊と余分な染料を洗い流す。',
          en: 'The silk is steamed to fix the colours and rinsed of paste and excess dye.',
        },
      },
    ],
    care: [
      {
        careKey: 'silk-dyed',
        material: { ja: '染めの絹', en: 'Dyed silk' },
        instructions: {
          ja: '水洗いは避け、専門店のドライクリーニングに。直射日光を避け、たたんで保管してください。',
          en: 'Do not wash in water; have it dry-cleaned by a specialist. Store folded, away from sunlight.',
        },
      },
    ],
  },
  {
    slug: 'kaga-embroidery',
    name: { ja: '加賀繍', en: 'Kaga embroidery' },
    summary: {
      ja: '室町時代に仏教とともに伝わったとされる刺繍。絹糸と金銀糸、肉入れによる立体的な表現が特徴。',
      en: 'Embroidery said to have arrived with Buddhism in the Muromachi period: silk, gold and silver thread, and motifs raised in relief.',
    },
    history: {
      ja: [
        '仏前を飾る打敷や袈裟に始まり、加賀藩の時代には武家の装束や調度を彩った。',
        'いまは帯や額装、ブローチなどの小物にも技が生かされている。',
      ],
      en: [
        "It began on altar cloths and priests' robes and, under the Kaga domain, decorated samurai dress and furnishings.",
        'Today the same skills make obi, framed pieces and small accessories such as brooches.',
      ],
    },
    steps: [
      {
        title: { ja: '図案と下絵', en: 'Design' },
        description: {
          ja: '図案を布に写し、刺す順番と糸の色を決める。',
          en: 'The design is transferred to the cloth and the order of stitching and colours decided.',
        },
      },
      {
        title: { ja: '撚り', en: 'Twisting thread' },
        description: {
          ja: '絹糸の撚りを自ら加減し、光沢と太さを整える。',
          en: 'The embroiderer twists the silk by hand to set its sheen and thickness.',
        },
      },
      {
        title: { ja: '肉入れと刺繍', en: 'Padding and stitching' },
        description: {
          ja: '綿や糸で土台を盛り上げ、その上から刺して立体感を出す。',
          en: 'Padding is stitched beneath the motif, then covered in silk for relief.',
        },
      },
    ],
    care: [
      {
        careKey: 'silk-embroidered',
        material: { ja: '刺繍の絹', en: 'Embroidered silk' },
        instructions: {
          ja: '水に濡らさず、ほこりは柔らかい刷毛で払ってください。湿気と直射日光を避けて保管してください。',
          en: 'Keep dry; brush off dust with a soft brush. Store away from damp and direct sunlight.',
        },
      },
    ],
  },
  {
    slug: 'mizuhiki',
    name: { ja: '加賀水引', en: 'Kaga mizuhiki' },
    summary: {
      ja: '和紙の紙紐を結ぶ水引を、大正時代に津田左右吉が立体的な鶴亀や松竹梅へと発展させた金沢の工芸。',
      en: "Paper-cord knots raised into three dimensions — cranes, turtles, pine and plum — by Tsuda Sōkichi in Taishō-era Kanazawa.",
    },
    history: {
      ja: [
        '贈り物を結ぶ水引は古くから使われてきたが、金沢では結納飾りとして立体的な造形が生まれ、「加賀水引」と呼ばれるようになった。',
        'あわじ結びなどの基本の結びを組み合わせ、祝儀袋から装身具までがつくられている。',
      ],
      en: [
        'Mizuhiki has tied gifts in Japan for centuries; in Kanazawa it took three-dimensional form as betrothal decorations and came to be called Kaga mizuhiki.',
        'Basic knots such as awaji-musubi are combined into everything from gift envelopes to jewellery.',
      ],
    },
    steps: [
      {
        title: { ja: '水引づくり', en: 'Making the cord' },
        description: {
          ja: '和紙を細く切って撚り、のりで固めて色をつける。',
          en: 'Washi is cut into strips, twisted into cord, stiffened with starch and coloured.',
        },
      },
      {
        title: { ja: '結び', en: 'Tying' },
        description: {
          ja: '数本を束ねて、あわじ結びなどの基本の結びをつくる。',
          en: 'Several cords are tied together into basic knots such as awaji-musubi.',
        },
      },
      {
        title: { ja: '組み上げ', en: 'Assembling' },
        description: {
          ja: '結びを組み合わせ、鶴や亀、花の形に仕立てる。',
          en: 'Knots are combined into cranes, turtles and flowers.',
        },
      },
    ],
    care: [
      {
        careKey: 'paper-cord',
        material: { ja: '水引（紙紐）', en: 'Paper cord (mizuhiki)' },
        instructions: {
          ja: '水と湿気を避け、押しつぶさないよう箱に入れて保管してください。',
          en: 'Keep away from water and damp; store in a box so that it is not crushed.',
        },
      },
    ],
  },
  {
    slug: 'kiri',
    name: { ja: '金沢桐工芸', en: 'Kanazawa paulownia craft' },
    summary: {
      ja: '明治の桐火鉢に始まる工芸。焼いて磨き出した桐の木目に、漆や蒔絵を施す。',
      en: 'A craft that began with Meiji-era paulownia braziers: scorched, polished grain decorated with lacquer and maki-e.',
    },
    history: {
      ja: [
        '桐の丸太をくり抜いた火鉢に、表面を焼いて木目を浮き立たせる技法と蒔絵の加飾が加わり、工芸品となった。',
        '火鉢が暮らしから遠のいたいまは、花入や茶筒、箱などがつくられている。',
      ],
      en: [
        'Braziers hollowed from paulownia logs became craft objects once makers scorched the surface to raise the grain and added maki-e.',
        'Now that braziers have left daily life, the same makers turn out vases, tea canisters and boxes.',
      ],
    },
    steps: [
      {
        title: { ja: '乾燥とアク抜き', en: 'Seasoning' },
        description: {
          ja: '桐材を屋外で長く寝かせ、雨にさらしてアクを抜く。',
          en: 'Paulownia is left outdoors for years so that rain washes out its tannins.',
        },
      },
      {
        title: { ja: '木地づくり', en: 'Shaping' },
        description: {
          ja: 'くり抜きや指物で形をつくる。',
          en: 'The piece is hollowed or joined into shape.',
        },
      },
      {
        title: { ja: '焼きと磨き', en: 'Scorching and polishing' },
        description: {
          ja: '表面を焼き、柔らかい部分を磨き落として木目を浮き立たせる。',
          en: 'The surface is scorched and the soft wood brushed away to raise the grain.',
        },
      },
      {
        title: { ja: '蒔絵', en: 'Maki-e' },
        description: {
          ja: '漆で文様を描き、金粉を蒔いて仕上げる。',
          en: 'A design is painted in lacquer and finished with gold powder.',
        },
      },
    ],
    care: [
      {
        careKey: 'paulownia',
        material: { ja: '桐材', en: 'Paulownia wood' },
        instructions: {
          ja: '乾いた柔らかい布で拭いてください。水拭きと直射日光は避けてください。',
          en: 'Wipe with a dry soft cloth. Avoid water and direct sunlight.',
        },
      },
    ],
  },
  {
    slug: 'futamata-washi',
    name: { ja: '二俣和紙', en: 'Futamata washi' },
    summary: {
      ja: '医王山のふもと、金沢市二俣町で千三百年続くと伝えられる和紙。加賀藩の御料紙を漉いた。',
      en: 'Paper from Futamata at the foot of Mount Iōzen, said to be made for 1,300 years; the official paper of the Kaga domain.',
    },
    history: {
      ja: [
        '二俣の紙漉きは奈良時代にさかのぼると伝えられ、加賀藩の時代には藩の御料紙漉き場として保護された。',
        'いまも楮を原料に、便箋や障子紙、金箔を漉き込んだ紙などが漉かれている。',
      ],
      en: [
        'Papermaking in Futamata is said to reach back to the Nara period; under the Kaga domain the village made, and was protected for, the official paper.',
        'Kōzo paper is still made there: writing paper, shoji paper and paper with gold leaf formed into it.',
      ],
    },
    steps: [
      {
        title: { ja: '煮熟', en: 'Cooking' },
        description: {
          ja: '楮の皮を灰汁で煮て、柔らかくする。',
          en: 'Kōzo bark is boiled in lye until soft.',
        },
      },
      {
        title: { ja: 'ちり取りと叩解', en: 'Cleaning and beating' },
        description: {
          ja: '水の中で塵を取り除き、木槌で叩いて繊維をほぐす。',
          en: 'Specks are picked out under water and the fibres beaten loose with mallets.',
        },
      },
      {
        title: { ja: '流し漉き', en: 'Sheet forming' },
        description: {
          ja: 'トロロアオイの粘りを加えた紙料を簀桁で揺らし、一枚ずつ漉く。',
          en: 'Pulp thickened with tororo-aoi is rocked across a bamboo screen, one sheet at a time.',
        },
      },
    ],
    care: [
      {
        careKey: 'washi',
        material: { ja: '和紙', en: 'Washi paper' },
        instructions: {
          ja: '水と湿気を避け、直射日光の当たらない場所で保管してください。',
          en: 'Keep away from water and damp, and out of direct sunlight.',
        },
      },
    ],
  },
]
