/**
 * The shipped guided tour, told from reported facts only: every caption cites the sources it says, and
 * presentation and kiosk show reported records only unless their URL asks for all (README, "On the wall").
 * A step about several places names them (`nodes`): they and the flows between them stay bright and the
 * camera fits them; a step about one place selects it (`node`) with a camera of its own. `figures` puts
 * the headline figures its caption states on the wall, large, each with its source.
 */
import type { Localized, Story } from '../../src/data/schema.ts';
import { cite, type SourceKey } from './sources.ts';

const L = (zh: string, en: string, ru: string): Localized => ({ zh, en, ru });
const cited = (...keys: SourceKey[]) => ({ provenance: 'reported' as const, sources: cite(...keys) });

export const publicRecordTour: Story = {
  id: 'transfer-to-innovation',
  title: L(
    '从技术转移中心到科技创新合作中心',
    'From the technology transfer center to the innovation center',
    'От центра трансфера технологий к центру инновационного сотрудничества',
  ),
  steps: [
    {
      time: '2020-12',
      mode: 'cumulative',
      camera: { lon: 100, lat: 40, zoom: 2.6 },
      node: 'qingdao',
      caption: L(
        '2020年12月10日，科技部在青岛为中国—上海合作组织技术转移中心揭牌。中国于2019年在塔什干上合组织政府首脑理事会会议上提出这一倡议。',
        '10 December 2020: the Ministry of Science and Technology unveils the China–SCO Technology Transfer Center in Qingdao, which China had proposed at the SCO heads of government meeting in Tashkent in 2019.',
        '10 декабря 2020 года Министерство науки и технологий КНР открывает в Циндао Китайский центр трансфера технологий ШОС, предложенный Китаем на встрече глав правительств ШОС в Ташкенте в 2019 году.',
      ),
      ...cited('scoda'),
    },
    {
      time: '2022..2024',
      mode: 'period',
      nodes: ['qingdao', 'moscow', 'almaty', 'minsk'],
      caption: L(
        '2022—2024年：访问莫斯科动力学院、与莫斯科国立科技大学会谈，与阿拉木图萨特巴耶夫大学签署备忘录，与白俄罗斯工商会明斯克分会签署协议，并商定在明斯克设立协调中心。',
        '2022–2024: visits to the Moscow Power Engineering Institute and NUST MISIS, a memorandum with Satbayev University in Almaty, and agreements with the Minsk branch of the Belarusian Chamber of Commerce and Industry, including a coordination center in Minsk.',
        '2022–2024 годы: визиты в МЭИ и НИТУ МИСИС, меморандум с Сатпаев университетом в Алматы, соглашения с Минским отделением Белорусской торгово-промышленной палаты, в том числе о координационном центре в Минске.',
      ),
      ...cited('mpei', 'misis', 'satbayev', 'belta'),
    },
    {
      time: '2025-06',
      mode: 'period',
      nodes: ['qingdao', 'st-petersburg', 'minsk', 'tashkent'],
      figures: ['network-members'],
      caption: L(
        '2025年6月9日：第四届上合组织成员国青年创新创业大赛在青岛举行，300余人与会；全球创新协作网络以青岛为起点点亮至圣彼得堡、明斯克、塔什干等城市，成员增至10个。',
        '9 June 2025: the 4th SCO Member States Youth Innovation and Entrepreneurship Competition in Qingdao, 300+ attending; the global innovation collaboration network is lit from Qingdao to St Petersburg, Minsk, Tashkent and other cities and grows to 10 members.',
        '9 июня 2025 года: IV Молодёжный конкурс инноваций государств — членов ШОС в Циндао, более 300 участников; сеть инновационного взаимодействия «зажжена» от Циндао до Санкт-Петербурга, Минска, Ташкента и других городов, в ней 10 участников.',
      ),
      ...cited('chinanews', 'nkb'),
    },
    {
      time: '2025-07',
      mode: 'period',
      camera: { lon: 118, lat: 36, zoom: 3.6 },
      node: 'qingdao',
      caption: L(
        '2025年7月14—18日：科技部—欧洲空间局“龙计划”第六期研讨会在青岛举行，300余位中欧专家学者参会。',
        '14–18 July 2025: more than 300 experts from China and Europe at the Dragon 6 Symposium of the MOST–ESA Dragon Programme in Qingdao.',
        '14–18 июля 2025 года: более 300 экспертов из Китая и Европы на симпозиуме «Дракон-6» программы Министерства науки и технологий КНР и ЕКА в Циндао.',
      ),
      ...cited('buct'),
    },
    {
      time: '2025-09',
      mode: 'cumulative',
      camera: { lon: 118, lat: 36, zoom: 3.6 },
      node: 'qingdao',
      figures: ['key-projects-launched'],
      caption: L(
        '2025年9月4日：中国在上合组织天津峰会上宣布后，中国—上海合作组织科技创新合作中心在青岛挂牌成立，10个重点国际合作项目同步启动。',
        '4 September 2025: announced by China at the SCO Tianjin summit, the China–SCO Science and Technology Innovation Cooperation Center is inaugurated in Qingdao; 10 key international cooperation projects are launched.',
        '4 сентября 2025 года: после объявления на Тяньцзиньском саммите ШОС в Циндао открыт Центр научно-технического и инновационного сотрудничества Китай–ШОС; запущены 10 ключевых международных проектов.',
      ),
      ...cited('guanhai', 'etnet', 'xinhua2025'),
    },
    {
      time: '2025-09',
      mode: 'cumulative',
      kinds: ['center', 'hub'],
      nodes: [
        'qingdao',
        'beijing-tianjin-hebei',
        'yangtze-river-delta',
        'greater-bay-area',
        'chengdu-chongqing',
        'wuhan',
        'xian',
      ],
      caption: L(
        '规划中：中心将在京津冀、长三角、粤港澳大湾区、成渝、武汉、西安等地区布局国内联动枢纽，尚未报道建成。',
        'Planned: the center will lay out domestic linkage hubs in Beijing-Tianjin-Hebei, the Yangtze River Delta, the Greater Bay Area, Chengdu-Chongqing, Wuhan, Xi’an and other regions; none is reported built yet.',
        'В планах: центр разместит внутренние хабы взаимодействия в регионах Пекин — Тяньцзинь — Хэбэй, дельта Янцзы, Большой залив, Чэнду — Чунцин, Ухань, Сиань и других; об их создании пока не сообщалось.',
      ),
      ...cited('guanhai'),
    },
    {
      time: '2025-09',
      mode: 'cumulative',
      // The report names countries, not cities: every node in the four countries stays bright.
      nodes: ['qingdao', 'moscow', 'st-petersburg', 'tashkent', 'kyrgyzstan', 'minsk'],
      figures: ['high-level-talents', 'technologies', 'overseas-institutions', 'synergy-center-countries'],
      caption: L(
        '截至2025年9月，技术转移平台引进海外高层次人才34位、先进技术成果100多项，与30余家海外高校院所合作，并在俄罗斯、乌兹别克斯坦、吉尔吉斯斯坦、白俄罗斯建成创新协同中心。',
        'By September 2025 the platform had introduced 34 overseas high-level talents and 100+ technology achievements, worked with 30+ overseas universities and institutes, and built innovation synergy centers in Russia, Uzbekistan, Kyrgyzstan and Belarus.',
        'К сентябрю 2025 года платформа привлекла 34 зарубежных специалиста высокого уровня и более 100 технологических разработок, сотрудничала с 30+ зарубежными вузами и институтами и создала центры инновационного взаимодействия в России, Узбекистане, Кыргызстане и Беларуси.',
      ),
      ...cited('guanhai'),
    },
  ],
};
