/**
 * Every source the public record cites, each read before a fact from it entered the data (see the README,
 * "What is reported and what is illustrative"). The publisher is the original one; where only a repost
 * could be read, `url` is the repost and `note` says so. A page that shows no publication date has none here.
 */
import type { Source } from '../../src/data/schema.ts';

const REPOST = (where: string, original: string) =>
  `Read in a repost at ${where}; the original on ${original} was not found.`;

export const SOURCES = {
  guanhai: {
    id: 'guanhai-2025-09-05',
    title: '上合之城,科创之城!建设国际合作新平台,青岛再负国家使命!',
    publisher: '观海新闻 (Guanhai News)',
    date: '2025-09-05',
    language: 'zh',
    url: 'https://m.guanhai.com.cn/p/407908.html',
    authors: ['耿婷婷 (Geng Tingting), reporter', '赵笛 (Zhao Di), editor'],
  },
  scoda: {
    id: 'scoda-2021-03-09',
    title:
      'Shanghai Cooperation scientific and technological achievements transfer and transformation center',
    publisher: 'China–SCO Local Economic and Trade Cooperation Demonstration Zone (SCODA)',
    date: '2021-03-09',
    language: 'en',
    url: 'http://sh.scoda.com/news18/shownews.php?id=1730',
  },
  xinhua2020: {
    id: 'xinhua-2020-12-11',
    title: 'Technology transfer center opens in China',
    publisher: 'Xinhua News Agency',
    date: '2020-12-11',
    language: 'en',
    url: 'https://tdaily.news/en/technology-transfer-center-opens-in-china.html',
    note: REPOST('tdaily.news (also carried by People’s Daily Online English)', 'xinhuanet.com'),
  },
  xinhua2018: {
    id: 'xinhua-2018-06-10',
    title: 'China supports building China–SCO local economic and trade cooperation demonstration area',
    publisher: 'Xinhua News Agency',
    date: '2018-06-10',
    language: 'en',
    url: 'https://chinaplus.cri.cn/news/china/9/20180610/142926.html',
    note: REPOST('China Plus (CRI), which credits Xinhua', 'xinhuanet.com'),
  },
  mpei: {
    id: 'mpei-2022-10',
    title: 'MPEI hosted visit of Chinese Technology Transfer Center for SCO countries-members',
    publisher: 'National Research University “Moscow Power Engineering Institute” (MPEI)',
    language: 'en',
    url: 'https://mpei.ru/lang/en/main/News/Lists/NewsList/NewsDispForm.aspx?ID=640',
    note: 'The page shows no publication date; it reports a visit on 17 October 2022.',
  },
  misis: {
    id: 'misis-news-8449',
    title: 'NUST MISIS and the China SCO Technology Transfer Center sign a cooperation agreement',
    publisher: 'National University of Science and Technology MISIS (NUST MISIS)',
    language: 'en',
    url: 'https://en.misis.ru/news/8449/',
    note: 'The page shows no publication date; it dates the first meeting to October 2022 and does not date the signing.',
  },
  satbayev: {
    id: 'satbayev-2023-07',
    title: 'Satbayev University continues developing the cooperation with Chinese partners',
    publisher: 'Satbayev University',
    language: 'en',
    url: 'https://satbayev.university/en/news/satbayev-university-continues-developing-the-cooperation-with-chinese-partners',
    note: 'The page shows no publication date; it reports a visit and a memorandum signed on 24 July 2023.',
  },
  satbayevPlace: {
    id: 'wikipedia-de-satbayev-university',
    title: 'Sätbajew-Universität',
    publisher: 'Wikipedia (German)',
    language: 'de',
    url: 'https://de.wikipedia.org/wiki/S%C3%A4tbajew-Universit%C3%A4t',
    note: 'Cited only for the university’s location, Almaty.',
  },
  belta: {
    id: 'belta-de-2024-08-20',
    title:
      '[In Minsk wird ein Koordinierungszentrum des Chinesischen Zentrums für Technologietransfer der SOZ-Mitgliedsstaaten eingerichtet]',
    publisher: 'BelTA (Belarusian Telegraph Agency), German edition',
    date: '2024-08-20',
    language: 'de',
    url: 'https://deu.belta.by/society/view/koordinierungszentrum-des-chinesischen-zentrums-fur-technologietransfer-der-sco-mitgliedsstaaten-in-66971-2024',
    note: 'The title in brackets is the article’s first sentence; the page title was not readable. BelTA cites the Belarusian Chamber of Commerce and Industry.',
  },
  chinanews: {
    id: 'chinanews-2025-06-09',
    title: '第四届上合组织成员国青年创新创业大赛在山东青岛举行',
    publisher: '中国新闻社 (China News Service)',
    date: '2025-06-09',
    language: 'zh',
    url: 'http://www.ick888.com.cn/Article/article-2025-06-10nn6yjps43o2.html',
    authors: ['王禹 (Wang Yu)'],
    note: REPOST('ick888.com.cn', 'chinanews.com'),
  },
  nkb: {
    id: 'nkb-2025-06-09',
    title: '中国—上合组织技术转移中心西安、延安城市协同中心正式成立',
    publisher: 'nkb.com.cn (Shaanxi news website, licence 61120180013)',
    date: '2025-06-09',
    language: 'zh',
    url: 'http://www.nkb.com.cn/2025/0609/503262.html',
  },
  buct: {
    id: 'buct-2025-11-25',
    title:
      'Faculty and Students of the Remote Sensing Technology Institute Attended MOST-ESA Dragon Cooperation “2025 Dragon 6 Symposium”',
    publisher: 'College of Information Science and Technology, Beijing University of Chemical Technology',
    date: '2025-11-25',
    language: 'en',
    url: 'https://en-cist.buct.edu.cn/2025/1125/c10280a215091/page.htm',
  },
  xinhua2025: {
    id: 'xinhua-2025-09-01',
    title: 'SCO should step up to take responsibility for open cooperation across globe: Xi',
    publisher: 'Xinhua News Agency',
    date: '2025-09-01',
    language: 'en',
    url: 'http://en.people.cn/n3/2025/0901/c90000-20360529.html',
    note: 'Read on People’s Daily Online English, which carries the Xinhua dispatch.',
  },
  etnet: {
    id: 'etnet-2025-09-04',
    title: '上合峰會 | 中國-上合組織科技創新合作中心青島掛牌，三平台、三中心全數成立',
    publisher: '經濟通 (ETNet)',
    date: '2025-09-04',
    language: 'zh-Hant',
    url: 'https://www.etnet.com.hk/www/tc/news/topic_news_detail.php?category=china&newsid=161389',
  },
  qlu: {
    id: 'qlu-2025-09-22',
    title:
      'Wu Yantao attended the unveiling and launching ceremony of the China-Shanghai Cooperation Organization Science and Technology Innovation Cooperation Center and delivered a key speech',
    publisher: 'Qilu University of Technology (Shandong Academy of Sciences)',
    date: '2025-09-22',
    language: 'en',
    url: 'https://english.qlu.edu.cn/2025/0922/c5397a265793/page.htm',
  },
  toutiao: {
    id: 'shandong-toutiao-2025-09-05',
    title: '上合组织“新枢纽”为何落子青岛？',
    publisher: '山东头条 / 齐鲁晚报 (Shandong Toutiao / Qilu Evening News)',
    date: '2025-09-05',
    language: 'zh',
    url: 'http://www.ncdxfzhgt.com/viscms/5522/20250905/630181.html',
    note: REPOST('ncdxfzhgt.com', 'the Shandong Toutiao app or qlwb.com.cn'),
  },
  kazinform: {
    id: 'kazinform-2025-tianjin',
    title: 'Технологический прорыв: какую роль играет ШОС в развитии экономики Казахстана',
    publisher: 'МИА «Казинформ» (Kazinform)',
    date: '2025',
    language: 'ru',
    url: 'https://www.inform.kz/ru/tehnologicheskiy-proriv-kakuyu-rol-igraet-shos-v-razvitii-ekonomiki-kazahstana',
    note: 'Written during the SCO Tianjin summit (31 August–1 September 2025); the page shows no day. Cited for the Russian name of the center.',
  },
  datenna: {
    id: 'datenna-beneq',
    title: 'The Acquisition of Beneq',
    publisher: 'Datenna',
    language: 'en',
    url: 'https://www.datenna.com/the-acquisition-of-beneq-old/',
    note: 'Cited only for Beneq’s headquarters, Espoo.',
  },
} as const satisfies Record<string, Source>;

export type SourceKey = keyof typeof SOURCES;

/** Source ids for records: `cite('guanhai', 'etnet')`. */
export const cite = (...keys: SourceKey[]): string[] => keys.map((k) => SOURCES[k].id);
