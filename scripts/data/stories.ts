/**
 * The shipped guided tour, told from the reported facts: the 2018 summit, the network Qingdao built, the
 * 2025 inauguration, then the hubs and the international nodes. Every caption is reported and cites the
 * report; where the map shows generated flows, the caption says they are illustrative.
 */
import type { Localized, Story } from '../../src/data/schema.ts';
import { REPORT_ID } from './reported.ts';

const L = (zh: string, en: string, ru: string): Localized => ({ zh, en, ru });
const cited = { provenance: 'reported' as const, sources: [REPORT_ID] };

/** `lastYear`: the version's last year with data, where the tour ends. */
export function summitToCenter(lastYear: number): Story {
  const end = String(lastYear);
  return {
    id: 'summit-to-center',
    title: L('从峰会到中心', 'From the summit to the center', 'От саммита к центру'),
    steps: [
      {
        time: '2018',
        mode: 'cumulative',
        camera: { lon: 96, lat: 42, zoom: 2.3 },
        caption: L(
          '2018年，上合组织青岛峰会举办，中国宣布支持在青岛建设中国—上海合作组织地方经贸合作示范区。',
          '2018: the SCO Qingdao Summit. China announces support for the China–SCO Local Economic and Trade Cooperation Demonstration Zone in Qingdao.',
          '2018 год: саммит ШОС в Циндао. Китай объявляет о поддержке Демонстрационной зоны местного торгово-экономического сотрудничества Китай — ШОС в Циндао.',
        ),
        ...cited,
      },
      {
        time: '2019..2024',
        mode: 'period',
        camera: { lon: 76, lat: 45, zoom: 2.5 },
        caption: L(
          '青岛织就“1+N”创新协作网络：在俄罗斯、乌兹别克斯坦、吉尔吉斯斯坦、白俄罗斯建成创新协同中心，与30余家海外高校院所合作，引进海外高层次人才34位、先进技术成果100多项。（图中流动为按这些总数校准的示意明细。）',
          'Qingdao builds a “1+N” innovation network: synergy centers in Russia, Uzbekistan, Kyrgyzstan and Belarus, 30+ overseas universities and institutes, 34 high-level talents and 100+ technologies introduced. (The flows shown are illustrative detail calibrated to these totals.)',
          'Циндао создаёт инновационную сеть «1+N»: центры взаимодействия в России, Узбекистане, Кыргызстане и Беларуси, 30+ зарубежных вузов и институтов, 34 специалиста высокого уровня и 100+ технологий. (Потоки на карте — иллюстративные данные, откалиброванные по этим итогам.)',
        ),
        ...cited,
      },
      {
        time: '2025-09',
        mode: 'cumulative',
        camera: { lon: 118, lat: 36, zoom: 3.6 },
        node: 'qingdao',
        caption: L(
          '2025年9月4日，中国—上海合作组织科技创新合作中心在青岛挂牌成立。',
          '4 September 2025: the China–SCO Science and Technology Innovation Cooperation Center is inaugurated in Qingdao.',
          '4 сентября 2025 года в Циндао открыт Китайско-ШОС центр научно-технического инновационного сотрудничества.',
        ),
        ...cited,
      },
      {
        time: end,
        mode: 'cumulative',
        camera: { lon: 112, lat: 32, zoom: 3.6 },
        kinds: ['center', 'hub'],
        caption: L(
          '中心布局国内联动枢纽：京津冀、长三角、粤港澳大湾区、成渝、武汉、西安。',
          'The center links domestic hubs: Beijing-Tianjin-Hebei, the Yangtze River Delta, the Greater Bay Area, Chengdu-Chongqing, Wuhan and Xi’an.',
          'Центр связывает внутренние узлы: Пекин — Тяньцзинь — Хэбэй, дельту Янцзы, Большой залив, Чэнду — Чунцин, Ухань и Сиань.',
        ),
        ...cited,
      },
      {
        time: end,
        mode: 'cumulative',
        camera: { lon: 76, lat: 46, zoom: 2.4 },
        caption: L(
          '以及依托俄罗斯、白俄罗斯、乌兹别克斯坦等创新资源集聚区域布局的国际合作节点。',
          '…and international cooperation nodes in the innovation clusters of Russia, Belarus, Uzbekistan and others.',
          '…и международные узлы сотрудничества в инновационных кластерах России, Беларуси, Узбекистана и других стран.',
        ),
        ...cited,
      },
    ],
  };
}
