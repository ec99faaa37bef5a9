/**
 * The public record as data: every node, flow, event and figure here is `reported` and cites the sources
 * it was read in (scripts/data/sources.ts). Rules, in the README's words:
 *  - a date has the precision its source gives; a fact a source gives without a date is dated to that
 *    source's month ("known by then");
 *  - a value only where the source gives one (an agreement counts as one agreement);
 *  - a node's `since` is the earliest date a source places it in the record, and its `status` says whether
 *    it is built (`active`) or only announced (`planned`);
 *  - regions and countries whose city no source names are drawn at a representative point that the
 *    node's description names.
 */
import type { Event, Figure, Flow, Localized, Node } from '../../src/data/schema.ts';
import { cite, type SourceKey } from './sources.ts';

export const INAUGURATION = '2025-09-04';
/** The first report's month: its undated facts are known to hold by then. */
export const REPORT_MONTH = '2025-09';
/** The predecessor, the China–SCO Technology Transfer Center, was unveiled that day. */
export const TTC_UNVEILED = '2020-12-10';

const L = (zh: string, en: string, ru: string): Localized => ({ zh, en, ru });
const reported = (...keys: SourceKey[]) => ({ provenance: 'reported' as const, sources: cite(...keys) });

export const center: Node = {
  id: 'qingdao',
  kind: 'center',
  name: L(
    '中国—上海合作组织科技创新合作中心',
    'China–SCO Science and Technology Innovation Cooperation Center',
    'Центр научно-технического и инновационного сотрудничества Китай–ШОС',
  ),
  shortName: L('上合科创合作中心', 'China–SCO S&T Center', 'Центр Китай–ШОС'),
  country: 'CN',
  lon: 120.38,
  lat: 36.07,
  since: INAUGURATION,
  status: 'active',
  predecessor: {
    since: TTC_UNVEILED,
    name: L(
      '中国—上海合作组织技术转移中心',
      'China–SCO Technology Transfer Center',
      'Китайский центр трансфера технологий ШОС',
    ),
  },
  ...reported('guanhai', 'etnet', 'xinhua2025', 'scoda', 'kazinform'),
  description: L(
    '2025年9月1日，中国在上合组织天津峰会“上海合作组织+”会议上宣布成立科技创新合作中心；9月4日上午在山东青岛挂牌成立。架构为“中心+国内联动枢纽+国际合作节点”，工作方向：举办品牌活动与人才交流、双（多）边联合研发、技术转移网络、上合组织国际智库联盟。中心由中国—上海合作组织技术转移中心发展而来：该中心由科技部于2020年12月10日在2020青岛国际技术转移大会上揭牌，报道称其为全国唯一面向上合组织国家的多边国际技术转移平台。',
    'China announced the center at the “SCO Plus” meeting of the SCO Tianjin summit on 1 September 2025; it was inaugurated in Qingdao, Shandong, on the morning of 4 September 2025. Architecture: center + domestic linkage hubs + international cooperation nodes. Work lines: flagship events and talent exchange, bilateral and multilateral joint R&D, a technology-transfer network, and an SCO international think-tank alliance. It grew out of the China–SCO Technology Transfer Center, unveiled by the Ministry of Science and Technology on 10 December 2020 at the 2020 Qingdao International Technology Transfer Conference, which the first report calls China’s only multilateral technology-transfer platform facing SCO countries.',
    'Китай объявил о создании центра на встрече «ШОС плюс» Тяньцзиньского саммита ШОС 1 сентября 2025 года; центр открыт в Циндао (провинция Шаньдун) утром 4 сентября 2025 года. Структура: центр + внутренние хабы взаимодействия + международные узлы сотрудничества. Направления работы: флагманские мероприятия и обмен кадрами, двусторонние и многосторонние совместные НИОКР, сеть трансфера технологий, международный альянс аналитических центров ШОС. Центр вырос из Китайского центра трансфера технологий ШОС, открытого Министерством науки и технологий КНР 10 декабря 2020 года на Международной конференции по трансферу технологий в Циндао 2020 года; первая публикация называет его единственной в Китае многосторонней платформой трансфера технологий для стран ШОС.',
  ),
};

const hub = (
  id: string,
  name: Localized,
  lon: number,
  lat: number,
  city: Localized,
  shortName?: Localized,
): Node => ({
  id,
  kind: 'hub',
  name,
  ...(shortName ? { shortName } : {}),
  country: 'CN',
  lon,
  lat,
  since: REPORT_MONTH,
  status: 'planned',
  ...reported('guanhai'),
  description: L(
    `规划中的国内联动枢纽：报道（2025年9月5日）称中心“将”在京津冀、长三角、粤港澳大湾区、成渝、武汉、西安等地区布局枢纽，尚未建成。地图点为代表城市：${city.zh}。`,
    `Planned domestic linkage hub: the report of 5 September 2025 says the center “will” lay out hubs in regions including Beijing-Tianjin-Hebei, the Yangtze River Delta, the Greater Bay Area, Chengdu-Chongqing, Wuhan and Xi’an; none is reported built. Map point: a representative city, ${city.en}.`,
    `Планируемый внутренний хаб взаимодействия: по публикации от 5 сентября 2025 года центр «будет» размещать хабы в регионах, в том числе Пекин — Тяньцзинь — Хэбэй, дельта Янцзы, Большой залив, Чэнду — Чунцин, Ухань и Сиань; о создании хабов не сообщалось. Точка на карте — представительный город: ${city.ru}.`,
  ),
});

export const hubs: Node[] = [
  hub(
    'beijing-tianjin-hebei',
    L('京津冀', 'Beijing-Tianjin-Hebei', 'Пекин — Тяньцзинь — Хэбэй'),
    116.4,
    39.9,
    L('北京', 'Beijing', 'Пекин'),
  ),
  hub(
    'yangtze-river-delta',
    L('长三角', 'Yangtze River Delta', 'Дельта реки Янцзы'),
    121.47,
    31.23,
    L('上海', 'Shanghai', 'Шанхай'),
  ),
  hub(
    'greater-bay-area',
    L(
      '粤港澳大湾区',
      'Guangdong-Hong Kong-Macao Greater Bay Area',
      'Большой залив Гуандун — Гонконг — Макао',
    ),
    114.06,
    22.54,
    L('深圳', 'Shenzhen', 'Шэньчжэнь'),
    L('大湾区', 'Greater Bay Area', 'Большой залив'),
  ),
  hub(
    'chengdu-chongqing',
    L('成渝', 'Chengdu-Chongqing', 'Чэнду — Чунцин'),
    104.07,
    30.57,
    L('成都', 'Chengdu', 'Чэнду'),
  ),
  hub('wuhan', L('武汉', 'Wuhan', 'Ухань'), 114.31, 30.59, L('武汉', 'Wuhan', 'Ухань')),
  hub('xian', L('西安', "Xi'an", 'Сиань'), 108.94, 34.34, L('西安', "Xi'an", 'Сиань')),
];

const partner = (
  id: string,
  name: Localized,
  country: string,
  lon: number,
  lat: number,
  since: string,
  sources: SourceKey[],
  description: Localized,
): Node => ({
  id,
  kind: 'partner',
  name,
  country,
  lon,
  lat,
  since,
  status: 'active',
  ...reported(...sources),
  description,
});

/** International nodes a source names, each from the earliest date a source places it in the record. */
export const partners: Node[] = [
  partner(
    'moscow',
    L('莫斯科', 'Moscow', 'Москва'),
    'RU',
    37.62,
    55.76,
    '2022-10',
    ['mpei', 'misis', 'guanhai'],
    L(
      '2022年10月，中国—上合组织技术转移中心访问莫斯科动力学院（10月17日）并与莫斯科国立科技大学（MISIS）首次会谈；首份报道称中心与俄罗斯工程院、莫斯科国立大学等建立合作。报道称在俄罗斯建成创新协同中心，但未说明城市。',
      'In October 2022 the China–SCO Technology Transfer Center visited the Moscow Power Engineering Institute (17 October) and first met NUST MISIS; the first report names cooperation with the Russian Academy of Engineering and Lomonosov Moscow State University. The report says an innovation synergy center was built in Russia without naming its city.',
      'В октябре 2022 года делегация Китайского центра трансфера технологий ШОС посетила МЭИ (17 октября) и впервые встретилась с НИТУ МИСИС; первая публикация называет сотрудничество с Российской инженерной академией и МГУ им. М. В. Ломоносова. По публикации, в России создан центр инновационного взаимодействия; город не назван.',
    ),
  ),
  partner(
    'st-petersburg',
    L('圣彼得堡', 'St Petersburg', 'Санкт-Петербург'),
    'RU',
    30.31,
    59.94,
    '2025-06-09',
    ['chinanews'],
    L(
      '2025年6月9日，上合组织全球创新协作网络以青岛为起点点亮，辐射圣彼得堡等城市。',
      'On 9 June 2025 the SCO global innovation collaboration network was lit from Qingdao, reaching St Petersburg among other cities.',
      '9 июня 2025 года глобальная сеть инновационного взаимодействия ШОС была «зажжена» от Циндао до Санкт-Петербурга и других городов.',
    ),
  ),
  partner(
    'minsk',
    L('明斯克', 'Minsk', 'Минск'),
    'BY',
    27.56,
    53.9,
    '2023-08',
    ['belta', 'guanhai', 'chinanews'],
    L(
      '2023年8月，白俄罗斯工商会明斯克分会与中国—上合组织技术转移中心在青岛签署合作协议；2024年8月20日双方在明斯克签署设立联合协调中心的协议。首份报道称在明斯克建成的白俄罗斯创新协同中心被写入两国政府联合公报。2025年6月9日协作网络点亮至明斯克。',
      'In August 2023 the Minsk branch of the Belarusian Chamber of Commerce and Industry signed a cooperation agreement with the China–SCO Technology Transfer Center in Qingdao; on 20 August 2024 they agreed in Minsk to set up a joint coordination center there. The first report says the Belarus innovation synergy center built in Minsk was written into the two governments’ joint communiqué. The collaboration network was lit to Minsk on 9 June 2025.',
      'В августе 2023 года Минское отделение Белорусской торгово-промышленной палаты подписало в Циндао соглашение о сотрудничестве с Китайским центром трансфера технологий ШОС; 20 августа 2024 года в Минске стороны договорились создать там совместный координационный центр. По первой публикации, Белорусский центр инновационного взаимодействия в Минске упомянут в совместном коммюнике правительств. 9 июня 2025 года сеть взаимодействия «зажжена» до Минска.',
    ),
  ),
  partner(
    'tashkent',
    L('塔什干', 'Tashkent', 'Ташкент'),
    'UZ',
    69.24,
    41.31,
    '2025-06-09',
    ['chinanews', 'guanhai', 'scoda'],
    L(
      '2025年6月9日协作网络点亮至塔什干。首份报道称在乌兹别克斯坦建成创新协同中心，未说明城市。2019年11月，中国总理在塔什干上合组织成员国政府首脑理事会会议上提议共建技术转移中心。',
      'The collaboration network was lit to Tashkent on 9 June 2025. The first report says an innovation synergy center was built in Uzbekistan without naming its city. In November 2019, at the SCO heads of government meeting in Tashkent, China’s premier proposed building the technology transfer center.',
      '9 июня 2025 года сеть взаимодействия «зажжена» до Ташкента. По первой публикации, в Узбекистане создан центр инновационного взаимодействия; город не назван. В ноябре 2019 года на заседании глав правительств ШОС в Ташкенте премьер Госсовета КНР предложил создать центр трансфера технологий.',
    ),
  ),
  partner(
    'kyrgyzstan',
    L('吉尔吉斯斯坦', 'Kyrgyzstan', 'Кыргызстан'),
    'KG',
    74.59,
    42.87,
    REPORT_MONTH,
    ['guanhai'],
    L(
      '首份报道称在吉尔吉斯斯坦建成创新协同中心，未说明城市；地图点为首都比什凯克。',
      'The first report says an innovation synergy center was built in Kyrgyzstan without naming its city; map point: the capital, Bishkek.',
      'По первой публикации, в Кыргызстане создан центр инновационного взаимодействия; город не назван. Точка на карте — столица, Бишкек.',
    ),
  ),
  partner(
    'almaty',
    L('阿拉木图', 'Almaty', 'Алматы'),
    'KZ',
    76.95,
    43.24,
    '2023-07-24',
    ['satbayev', 'satbayevPlace', 'guanhai', 'nkb'],
    L(
      '2023年7月24日，中国—上合组织技术转移中心与萨特巴耶夫大学签署合作与相互理解备忘录。青岛浩赛机械有限公司在阿拉木图建设海外仓公共服务平台（报道时试运行）。另据报道，哈萨克斯坦设有海外协同中心（未说明城市）。',
      'On 24 July 2023 the China–SCO Technology Transfer Center and Satbayev University signed a memorandum of cooperation and mutual understanding. Qingdao Haosai Machinery is building an overseas-warehouse public service platform in Almaty (in trial operation when reported). A report also lists an overseas synergy center in Kazakhstan (city not named).',
      '24 июля 2023 года Китайский центр трансфера технологий ШОС и Сатпаев университет подписали меморандум о сотрудничестве и взаимопонимании. Компания Qingdao Haosai Machinery строит в Алматы платформу зарубежного склада (на момент публикации — пробная эксплуатация). По другому сообщению, в Казахстане есть зарубежный центр взаимодействия (город не назван).',
    ),
  ),
  partner(
    'mongolia',
    L('蒙古国', 'Mongolia', 'Монголия'),
    'MN',
    106.92,
    47.92,
    '2025-06-09',
    ['nkb', 'chinanews', 'guanhai'],
    L(
      '2025年6月9日建立蒙古国国家协同合作中心，来自蒙古国的城市加入协作网络；海氏海诺集团与蒙古国机构（报道未具名）合作。报道未说明城市，地图点为首都乌兰巴托。',
      'A national synergy center for Mongolia was set up on 9 June 2025, when a Mongolian city joined the collaboration network; Haishi Hainuo Group works with a Mongolian institution the report does not name. No source names the city; map point: the capital, Ulaanbaatar.',
      '9 июня 2025 года создан национальный центр взаимодействия для Монголии, монгольский город вошёл в сеть взаимодействия; Haishi Hainuo Group сотрудничает с монгольской организацией, которую публикация не называет. Город не назван; точка на карте — столица, Улан-Батор.',
    ),
  ),
  partner(
    'malaysia',
    L('马来西亚', 'Malaysia', 'Малайзия'),
    'MY',
    101.69,
    3.14,
    '2025-06-09',
    ['nkb', 'chinanews'],
    L(
      '2025年6月9日建立马来西亚国家协同合作中心，来自马来西亚的城市加入协作网络。报道未说明城市，地图点为首都吉隆坡。',
      'A national synergy center for Malaysia was set up on 9 June 2025, when a Malaysian city joined the collaboration network. No source names the city; map point: the capital, Kuala Lumpur.',
      '9 июня 2025 года создан национальный центр взаимодействия для Малайзии, малайзийский город вошёл в сеть взаимодействия. Город не назван; точка на карте — столица, Куала-Лумпур.',
    ),
  ),
  partner(
    'espoo',
    L('埃斯波（倍耐克）', 'Espoo (Beneq)', 'Эспоо (Beneq)'),
    'FI',
    24.66,
    60.21,
    REPORT_MONTH,
    ['guanhai', 'datenna'],
    L(
      '芬兰倍耐克公司（总部在埃斯波），与青岛思锐智能联合研发高能离子注入机；属青岛国际科技合作，而非面向上合组织的网络。',
      'Beneq of Finland (headquartered in Espoo), which co-developed a high-energy ion implanter with Qingdao Sirui Intelligent: part of Qingdao’s wider international S&T cooperation, not of the SCO-facing network.',
      'Финская компания Beneq (штаб-квартира в Эспоо), вместе с Qingdao Sirui Intelligent разработавшая высокоэнергетический ионный имплантер; это часть международного научно-технического сотрудничества Циндао, а не сети ШОС.',
    ),
  ),
];

const flow = (
  id: string,
  type: Flow['type'],
  source: string,
  target: string,
  date: string,
  value: number,
  title: Localized,
  category: string,
  sources: SourceKey[],
  partnerNames?: string[],
): Flow => ({
  id,
  type,
  source,
  target,
  date,
  value,
  title,
  category,
  ...(partnerNames ? { partners: partnerNames } : {}),
  ...reported(...sources),
});

/** Named cooperations between two places, as their sources date them. */
export const reportedFlows: Flow[] = [
  flow(
    'r-satbayev-memorandum',
    'agreement',
    'almaty',
    'qingdao',
    '2023-07-24',
    1,
    L(
      '与萨特巴耶夫大学签署合作与相互理解备忘录',
      'Memorandum of cooperation and mutual understanding with Satbayev University',
      'Меморандум о сотрудничестве и взаимопонимании с Сатпаев университетом',
    ),
    'institution-cooperation',
    ['satbayev', 'satbayevPlace'],
    ['Satbayev University (Сатпаев университет)'],
  ),
  flow(
    'r-belcci-minsk-agreement',
    'agreement',
    'minsk',
    'qingdao',
    '2023-08',
    1,
    L(
      '与白俄罗斯工商会明斯克分会在青岛签署合作协议',
      'Cooperation agreement with the Minsk branch of the Belarusian Chamber of Commerce and Industry, signed in Qingdao',
      'Соглашение о сотрудничестве с Минским отделением Белорусской торгово-промышленной палаты, подписанное в Циндао',
    ),
    'cooperation-agreement',
    ['belta'],
    ['Minsk branch of the Belarusian Chamber of Commerce and Industry'],
  ),
  flow(
    'r-minsk-coordination-center',
    'agreement',
    'qingdao',
    'minsk',
    '2024-08-20',
    1,
    L(
      '在明斯克签署设立联合协调中心的协议',
      'Agreement to set up a joint coordination center in Minsk, signed in Minsk',
      'Соглашение о создании совместного координационного центра в Минске',
    ),
    'coordination-center',
    ['belta'],
    ['Minsk branch of the Belarusian Chamber of Commerce and Industry'],
  ),
  flow(
    'r-moscow-academies',
    'agreement',
    'moscow',
    'qingdao',
    REPORT_MONTH,
    2,
    L(
      '与俄罗斯工程院、莫斯科国立大学建立合作（报道未注明日期）',
      'Cooperation with the Russian Academy of Engineering and Lomonosov Moscow State University (undated in the report)',
      'Сотрудничество с Российской инженерной академией и МГУ им. М. В. Ломоносова (дата в публикации не указана)',
    ),
    'institution-cooperation',
    ['guanhai'],
    ['Russian Academy of Engineering (俄罗斯工程院)', 'Lomonosov Moscow State University (莫斯科国立大学)'],
  ),
  flow(
    'r-haishi-hainuo-mongolia',
    'project',
    'qingdao',
    'mongolia',
    REPORT_MONTH,
    1,
    L(
      '海氏海诺集团经技术转移平台牵线与蒙古国机构合作开发小分子玻尿酸新功能，低分子玻尿酸注射液获批在蒙古国上市',
      'Haishi Hainuo Group, through the technology-transfer platform, develops new functions of small-molecule hyaluronic acid with a Mongolian institution; its injection is approved for the Mongolian market',
      'Haishi Hainuo Group через платформу трансфера технологий разрабатывает с монгольской организацией новые функции низкомолекулярной гиалуроновой кислоты; инъекционный препарат одобрен в Монголии',
    ),
    'industrialization',
    ['guanhai'],
    ['海氏海诺集团 (Haishi Hainuo Group)', 'Mongolian institution (unnamed in the report)'],
  ),
  flow(
    'r-haosai-almaty',
    'project',
    'qingdao',
    'almaty',
    REPORT_MONTH,
    1,
    L(
      '青岛浩赛机械在阿拉木图建设海外仓公共服务平台（试运行）',
      'Qingdao Haosai Machinery builds an overseas-warehouse public service platform in Almaty (trial operation)',
      'Qingdao Haosai Machinery строит платформу зарубежного склада в Алматы (пробная эксплуатация)',
    ),
    'industrialization',
    ['guanhai'],
    ['青岛浩赛机械有限公司 (Qingdao Haosai Machinery Co.)'],
  ),
  flow(
    'r-sirui-beneq',
    'project',
    'espoo',
    'qingdao',
    REPORT_MONTH,
    1,
    L(
      '青岛思锐智能与芬兰倍耐克联合研发高能离子注入机，填补国内空白并反向出口',
      'Qingdao Sirui Intelligent and Beneq co-develop a high-energy ion implanter that fills a domestic gap and is exported',
      'Qingdao Sirui Intelligent и Beneq совместно создают высокоэнергетический ионный имплантер, восполнивший пробел в Китае; продукт экспортируется',
    ),
    'joint-rd',
    ['guanhai'],
    ['青岛思锐智能 (Qingdao Sirui Intelligent)', '倍耐克 (Beneq)'],
  ),
];

const event = (e: Omit<Event, 'provenance' | 'sources'> & { cite: SourceKey[] }): Event => {
  const { cite: keys, ...rest } = e;
  return { ...rest, ...reported(...keys) };
};

/** What happened at a place: drawn as marks at the node, never added to flow totals. */
export const events: Event[] = [
  event({
    id: 'e-ttc-unveiled',
    node: 'qingdao',
    date: TTC_UNVEILED,
    kind: 'opening',
    title: L(
      '科技部在2020青岛国际技术转移大会上为中国—上海合作组织技术转移中心揭牌',
      'The Ministry of Science and Technology unveils the China–SCO Technology Transfer Center at the 2020 Qingdao International Technology Transfer Conference',
      'Министерство науки и технологий КНР открывает Китайский центр трансфера технологий ШОС на Международной конференции по трансферу технологий в Циндао 2020 года',
    ),
    description: L(
      '新华社报道中心占地近2万平方米。此前，2019年11月中国总理在塔什干提议共建上合组织成员国技术转移中心；2020年11月30日上合组织成员国政府首脑理事会联合公报支持在青岛研究设立。',
      'Xinhua gives its area as nearly 20,000 m². China’s premier had proposed the center at the SCO heads of government meeting in Tashkent in November 2019, and the meeting’s joint communiqué of 30 November 2020 supported studying its establishment in Qingdao.',
      'По данным Синьхуа, площадь центра — около 20 000 м². В ноябре 2019 года в Ташкенте премьер Госсовета КНР предложил создать центр, а совместное коммюнике глав правительств ШОС от 30 ноября 2020 года поддержало изучение его создания в Циндао.',
    ),
    partners: ['Ministry of Science and Technology of the PRC (科技部)'],
    cite: ['scoda', 'xinhua2020'],
  }),
  event({
    id: 'e-mpei-visit',
    node: 'moscow',
    date: '2022-10-17',
    kind: 'visit',
    title: L(
      '技术转移中心代表团访问莫斯科动力学院，商定四个合作方向',
      'The Technology Transfer Center’s delegation visits the Moscow Power Engineering Institute; four fields of cooperation agreed',
      'Делегация центра трансфера технологий посещает МЭИ; согласованы четыре направления сотрудничества',
    ),
    description: L(
      '合作方向：资源对接活动与项目推介、联合国际科研项目申报、联合培养、科技成果转化。',
      'Fields: resource-pooling events and project presentations, joint applications for international research funding, joint education, commercialisation of research results.',
      'Направления: мероприятия и презентации проектов, совместные заявки на финансирование международных исследований, совместное обучение, коммерциализация научных результатов.',
    ),
    partners: ['Moscow Power Engineering Institute (МЭИ)'],
    cite: ['mpei'],
  }),
  event({
    id: 'e-misis-first-meeting',
    node: 'moscow',
    date: '2022-10',
    kind: 'meeting',
    title: L(
      '技术转移中心与莫斯科国立科技大学（MISIS）首次会谈',
      'First meeting of the Technology Transfer Center and NUST MISIS',
      'Первая встреча центра трансфера технологий и НИТУ МИСИС',
    ),
    description: L(
      '双方此后签署合作协议；所读页面未注明签署日期，因此不作为有日期的协议显示。',
      'The two later signed a cooperation agreement; the page read does not date the signing, so it is not shown as a dated agreement.',
      'Позднее стороны подписали соглашение о сотрудничестве; на прочитанной странице дата подписания не указана, поэтому оно не показано как датированное соглашение.',
    ),
    partners: ['NUST MISIS (НИТУ МИСИС)'],
    cite: ['misis'],
  }),
  event({
    id: 'e-youth-competition-4',
    node: 'qingdao',
    date: '2025-06-09',
    kind: 'competition',
    title: L(
      '第四届上合组织成员国青年创新创业大赛在青岛市南区举行',
      'The 4th SCO Member States Youth Innovation and Entrepreneurship Competition, Shinan district, Qingdao',
      'IV Молодёжный конкурс инноваций и предпринимательства государств — членов ШОС, район Шинань, Циндао',
    ),
    description: L(
      '由中国—上合组织技术转移中心主办；200余个参赛项目中，来自8个国家的12个项目获奖。',
      'Organised by the China–SCO Technology Transfer Center; 12 projects from 8 countries won among more than 200 entries.',
      'Организатор — Китайский центр трансфера технологий ШОС; из более чем 200 проектов победили 12 проектов из 8 стран.',
    ),
    attendance: { value: 300, qualifier: 'atLeast' },
    partners: [
      'SCO Secretariat (上海合作组织秘书处)',
      'Department of International Cooperation, Ministry of Science and Technology of the PRC (科技部国际合作司)',
    ],
    cite: ['chinanews'],
  }),
  event({
    id: 'e-network-lit',
    node: 'qingdao',
    date: '2025-06-09',
    kind: 'opening',
    title: L(
      '上合组织全球创新协作网络点亮暨扩容；西安、延安城市协同中心和马来西亚、蒙古国家协同中心成立',
      'The SCO global innovation collaboration network is lit and enlarged; city synergy centers in Xi’an and Yan’an and national ones for Malaysia and Mongolia are set up',
      'Глобальная сеть инновационного взаимодействия ШОС «зажжена» и расширена; созданы городские центры взаимодействия в Сиане и Яньане и национальные — для Малайзии и Монголии',
    ),
    description: L(
      '网络自2021年启动，以青岛为起点点亮至圣彼得堡、明斯克、塔什干、上海、江阴等城市；来自中国、马来西亚、蒙古国的4个城市加入后成员增至10个。当日报道：技术转移中心已在俄罗斯、哈萨克斯坦等国成立6个海外协同中心，在上海、广州等地成立8个国内城市协同中心。',
      'Started in 2021, the network was lit from Qingdao to St Petersburg, Minsk, Tashkent, Shanghai, Jiangyin and other cities; four cities from China, Malaysia and Mongolia joined, bringing it to 10 members. That day’s report: the Technology Transfer Center had 6 overseas synergy centers (Russia, Kazakhstan and others) and 8 domestic city synergy centers (Shanghai, Guangzhou and others).',
      'Сеть, запущенная в 2021 году, «зажжена» от Циндао до Санкт-Петербурга, Минска, Ташкента, Шанхая, Цзянъиня и других городов; после вступления четырёх городов из Китая, Малайзии и Монголии в ней 10 участников. По сообщению того дня, у центра трансфера технологий 6 зарубежных центров взаимодействия (Россия, Казахстан и др.) и 8 городских центров в Китае (Шанхай, Гуанчжоу и др.).',
    ),
    cite: ['chinanews', 'nkb'],
  }),
  event({
    id: 'e-dragon-6-symposium',
    node: 'qingdao',
    start: '2025-07-14',
    end: '2025-07-18',
    kind: 'conference',
    title: L(
      '科技部—欧洲空间局“龙计划”第六期2025年学术研讨会在青岛举行',
      'The 2025 Dragon 6 Symposium of the MOST–ESA Dragon Programme in Qingdao',
      'Симпозиум «Дракон-6» 2025 года программы Министерства науки и технологий КНР и ЕКА в Циндао',
    ),
    description: L(
      '300余位中欧专家学者参会（北京化工大学）；首份报道称参会科学家来自19个国家。这是一次在青岛举行的会议，不是人才流动。',
      'More than 300 experts and scholars from China and Europe (Beijing University of Chemical Technology); the first report says the scientists came from 19 countries. A conference held in Qingdao, not a flow of talent.',
      'Более 300 экспертов и учёных из Китая и Европы (Пекинский химико-технологический университет); по первой публикации — из 19 стран. Конференция в Циндао, а не поток кадров.',
    ),
    attendance: { value: 300, qualifier: 'atLeast' },
    countries: 19,
    partners: ['Ministry of Science and Technology of the PRC (科技部)', 'European Space Agency (ESA)'],
    cite: ['buct', 'guanhai'],
  }),
  event({
    id: 'e-center-inaugurated',
    node: 'qingdao',
    date: INAUGURATION,
    kind: 'inauguration',
    title: L(
      '中国—上海合作组织科技创新合作中心在青岛挂牌成立，10个重点国际合作项目同步启动',
      'The China–SCO Science and Technology Innovation Cooperation Center is inaugurated in Qingdao; 10 key international cooperation projects launched',
      'В Циндао открыт Центр научно-технического и инновационного сотрудничества Китай–ШОС; запущены 10 ключевых международных проектов',
    ),
    description: L(
      '科技部副部长陈家昌、山东省副省长宋军继、上海合作组织副秘书长图尔苏诺夫·巴蒂尔·埃尔基诺维奇、青岛市市长任刚出席并致辞，科技部国际合作司司长戴钢主持。10个面向上合组织国家的重点项目涉及生物医药、高端装备、现代高效农业等领域（项目名称未公布）。',
      'Attending and speaking: Vice Minister of Science and Technology Chen Jiachang, Vice Governor of Shandong Song Junji, SCO Deputy Secretary-General Tursunov Batyr Erkinovich and Mayor of Qingdao Ren Gang; hosted by Dai Gang, Director of the Ministry’s Department of International Cooperation. The 10 key projects facing SCO countries are in biomedicine, high-end equipment, modern efficient agriculture and other fields (not named).',
      'Присутствовали и выступили заместитель министра науки и технологий КНР Чэнь Цзячан, вице-губернатор Шаньдуна Сун Цзюньцзи, заместитель генерального секретаря ШОС Турсунов Батыр Эркинович и мэр Циндао Жэнь Ган; вёл церемонию директор департамента международного сотрудничества министерства Дай Ган. 10 ключевых проектов для стран ШОС — в биомедицине, высокотехнологичном оборудовании, современном эффективном сельском хозяйстве и других областях (названия не приводятся).',
    ),
    cite: ['guanhai', 'etnet', 'qlu'],
  }),
];

type FigureInput = Omit<Figure, 'provenance' | 'sources'> & { cite: SourceKey[] };
const fig = ({ cite: keys, ...rest }: FigureInput): Figure => ({ ...rest, ...reported(...keys) });

export const figures: Figure[] = [
  fig({
    id: 'high-level-talents',
    label: L(
      '引进海外高层次人才',
      'Overseas high-level talents introduced',
      'Привлечённые зарубежные специалисты высокого уровня',
    ),
    value: 34,
    qualifier: 'exact',
    asOf: REPORT_MONTH,
    note: L(
      '技术转移平台（面向上合组织国家）',
      'By the technology-transfer platform facing SCO countries',
      'Платформой трансфера технологий для стран ШОС',
    ),
    cite: ['guanhai'],
  }),
  fig({
    id: 'technologies',
    label: L(
      '引进先进技术成果',
      'Advanced technology achievements introduced',
      'Привлечённые передовые технологические разработки',
    ),
    value: 100,
    qualifier: 'atLeast',
    asOf: REPORT_MONTH,
    cite: ['guanhai'],
  }),
  fig({
    id: 'overseas-institutions',
    label: L(
      '合作的海外高校院所',
      'Overseas universities and institutes cooperating',
      'Зарубежные вузы и институты-партнёры',
    ),
    value: 30,
    qualifier: 'atLeast',
    asOf: REPORT_MONTH,
    note: L(
      '包括俄罗斯工程院、莫斯科国立大学',
      'Including the Russian Academy of Engineering and Lomonosov Moscow State University',
      'В том числе Российская инженерная академия и МГУ им. М. В. Ломоносова',
    ),
    cite: ['guanhai'],
  }),
  fig({
    id: 'industrialization-projects',
    label: L(
      '牵线产业化合作项目',
      'Industrialization cooperation projects brokered',
      'Проекты промышленной кооперации при посредничестве платформы',
    ),
    qualifier: 'dozens',
    asOf: REPORT_MONTH,
    note: L('报道原文为“数十项”', 'The report says “dozens” (数十项)', 'В публикации — «десятки» (数十项)'),
    cite: ['guanhai'],
  }),
  fig({
    id: 'synergy-center-countries',
    label: L(
      '建成创新协同中心的国家（首份报道）',
      'Countries with innovation synergy centers built (first report)',
      'Страны с созданными центрами инновационного взаимодействия (первая публикация)',
    ),
    value: 4,
    qualifier: 'exact',
    asOf: REPORT_MONTH,
    note: L(
      '俄罗斯、乌兹别克斯坦、吉尔吉斯斯坦、白俄罗斯',
      'Russia, Uzbekistan, Kyrgyzstan, Belarus',
      'Россия, Узбекистан, Кыргызстан, Беларусь',
    ),
    cite: ['guanhai'],
  }),
  fig({
    id: 'overseas-synergy-centers',
    label: L('海外协同中心', 'Overseas synergy centers', 'Зарубежные центры взаимодействия'),
    value: 6,
    qualifier: 'exact',
    asOf: '2025-06-09',
    note: L(
      '在俄罗斯、哈萨克斯坦等国',
      'In Russia, Kazakhstan and other countries',
      'В России, Казахстане и других странах',
    ),
    cite: ['nkb'],
  }),
  fig({
    id: 'domestic-city-synergy-centers',
    label: L('国内城市协同中心', 'Domestic city synergy centers', 'Городские центры взаимодействия в Китае'),
    value: 8,
    qualifier: 'exact',
    asOf: '2025-06-09',
    note: L(
      '在上海、广州等地',
      'In Shanghai, Guangzhou and other cities',
      'В Шанхае, Гуанчжоу и других городах',
    ),
    cite: ['nkb'],
  }),
  fig({
    id: 'network-members',
    label: L(
      '上合组织全球创新协作网络成员',
      'Members of the SCO global innovation collaboration network',
      'Участники глобальной сети инновационного взаимодействия ШОС',
    ),
    value: 10,
    qualifier: 'exact',
    asOf: '2025-06-09',
    cite: ['chinanews'],
  }),
  fig({
    id: 'domestic-hubs',
    label: L(
      '规划的国内联动枢纽地区',
      'Regions named for planned domestic linkage hubs',
      'Регионы, названные для планируемых внутренних хабов',
    ),
    value: 6,
    qualifier: 'atLeast',
    asOf: REPORT_MONTH,
    note: L(
      '报道列出六个地区并以“等”结尾；枢纽为规划，尚未建成',
      'The report lists six regions and ends with “and others”; the hubs are planned, not built',
      'В публикации шесть регионов и «и др.»; хабы запланированы, а не созданы',
    ),
    cite: ['guanhai'],
  }),
  fig({
    id: 'key-projects-launched',
    label: L(
      '挂牌时启动的重点国际合作项目',
      'Key international cooperation projects launched at the inauguration',
      'Ключевые международные проекты, запущенные при открытии',
    ),
    value: 10,
    qualifier: 'exact',
    asOf: INAUGURATION,
    cite: ['etnet'],
  }),
  fig({
    id: 'sco-projects-brokered',
    label: L(
      '促成与上合组织国家国际合作项目（青岛，2018年以来）',
      'International cooperation projects with SCO countries brokered (Qingdao, since 2018)',
      'Международные проекты со странами ШОС при содействии Циндао (с 2018 года)',
    ),
    value: 26,
    qualifier: 'exact',
    asOf: '2025-09-05',
    cite: ['toutiao'],
  }),
  fig({
    id: 'enterprises-invested',
    label: L(
      '在上合组织国家投资的中国企业（青岛拉动）',
      'Chinese enterprises investing in SCO countries (through Qingdao)',
      'Китайские компании, инвестирующие в страны ШОС (при содействии Циндао)',
    ),
    value: 240,
    qualifier: 'atLeast',
    asOf: '2025-09-05',
    note: L(
      '中方协议投资额36亿美元',
      'Agreed Chinese investment: USD 3.6 billion',
      'Согласованные китайские инвестиции — 3,6 млрд долларов США',
    ),
    cite: ['toutiao'],
  }),
  fig({
    id: 'cooperation-bases',
    label: L(
      '国际科技合作基地（青岛）',
      'International S&T cooperation bases in Qingdao',
      'Базы международного научно-технического сотрудничества в Циндао',
    ),
    value: 143,
    qualifier: 'exact',
    asOf: '2024',
    note: L(
      '涉及高端装备、智能家电、海洋技术等领域',
      'In high-end equipment, smart home appliances, marine technology and other fields',
      'В областях высокотехнологичного оборудования, умной бытовой техники, морских технологий и др.',
    ),
    cite: ['guanhai'],
  }),
  fig({
    id: 'base-countries',
    label: L(
      '基地覆盖的国家和地区',
      'Countries and regions the bases cover',
      'Страны и регионы, охваченные базами',
    ),
    value: 50,
    qualifier: 'atLeast',
    asOf: '2024',
    note: L(
      '俄罗斯、德国、韩国等',
      'Russia, Germany and South Korea among them',
      'Среди них Россия, Германия, Республика Корея',
    ),
    cite: ['guanhai'],
  }),
  ...(
    [
      ['national', '国家级', 'national-level', 'национального уровня', 500_000],
      ['provincial', '省级', 'provincial', 'провинциального уровня', 300_000],
      [
        'municipal',
        '绩效评价优秀的市级',
        'municipal (rated excellent)',
        'городского уровня (с оценкой «отлично»)',
        200_000,
      ],
    ] as const
  ).map(([level, zh, en, ru, value]) =>
    fig({
      id: `base-subsidy-${level}`,
      label: L(
        `新认定${zh}国际科技合作基地奖补（元）`,
        `Subsidy for a newly recognised ${en} cooperation base (CNY)`,
        `Субсидия вновь признанной базе ${ru} (юаней)`,
      ),
      value,
      qualifier: 'exact',
      asOf: REPORT_MONTH,
      note: L(
        '《青岛市国际科技合作补助资金实施细则》',
        'Qingdao’s implementing rules for international S&T cooperation subsidies',
        'Правила Циндао о субсидиях на международное научно-техническое сотрудничество',
      ),
      cite: ['guanhai'],
    }),
  ),
  fig({
    id: 'competition-projects',
    label: L(
      '青年创新创业大赛参赛项目（累计）',
      'Projects entered in the youth innovation competitions (all editions)',
      'Проекты на молодёжных конкурсах инноваций (все конкурсы)',
    ),
    value: 1000,
    qualifier: 'atLeast',
    asOf: REPORT_MONTH,
    note: L(
      '四届上合组织成员国大赛和三届中日韩大赛等，来自10余个国家',
      'Four SCO Member States and three China-Japan-Korea competitions among others; from more than 10 countries',
      'Четыре конкурса государств — членов ШОС, три конкурса Китай — Япония — Корея и др.; более 10 стран',
    ),
    cite: ['guanhai'],
  }),
  fig({
    id: 'competition-signings',
    label: L(
      '大赛促成签约落地的项目（累计）',
      'Competition projects signed (all editions)',
      'Подписанные проекты конкурсов (все конкурсы)',
    ),
    qualifier: 'dozens',
    asOf: REPORT_MONTH,
    note: L('报道原文为“数十个”', 'The report says “dozens” (数十个)', 'В публикации — «десятки» (数十个)'),
    cite: ['guanhai'],
  }),
];

/** Every reported node of the public record. */
export const reportedNodes: Node[] = [center, ...hubs, ...partners];
