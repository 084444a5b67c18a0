/**
 * Chinese text pools for the corridor dataset: per-industry vocabulary (title parts, technical
 * fields, indicators, services), labels that deliberately fall outside the contract's
 * vocabularies (the OTHER values), tag pools, names, and one profile per member (districts with
 * anchor points and real road names, universities, hospitals, institutes, issuing bodies).
 *
 * Wording is modelled on the source documents in /work/shared/seeds; nothing is copied at length.
 */
import type { Industry } from '../../schema/contract.js';

export type StdIndustry = Exclude<Industry, 'OTHER'>;

export interface IndustryPhrases {
  /** Short subject words for names and titles; the first is the canonical one. */
  words: readonly string[];
  /** Technical fields (a challenge's `technicalField`, lab and platform names). */
  fields: readonly string[];
  /** Objects of a technical challenge with their technical field (["车规级SiC功率模块封装", "SiC功率器件"]). */
  objects: readonly (readonly [object: string, field: string])[];
  /** What the challenge wants for the object ("可靠性提升"). */
  goals: readonly string[];
  /** Measurable indicators for requirements; some contain `<`, `>`, `&`, quotes or commas. */
  specs: readonly string[];
  /** Services a carrier of this industry offers. */
  services: readonly string[];
  /** Subjects of industry policies ("集成电路产业高质量发展"). */
  policySubjects: readonly string[];
  /** Single characters that make up company brand names. */
  brands: readonly string[];
  /** Company name endings. */
  companySuffixes: readonly string[];
}

export const INDUSTRY_PHRASES: Record<StdIndustry, IndustryPhrases> = {
  INTEGRATED_CIRCUITS: {
    words: ['集成电路', '芯片', '半导体'],
    fields: [
      'Chiplet异构集成', '先进封装测试', '车规级芯片设计', 'SiC功率器件', 'GaN射频器件', 'EDA工具开发',
      'RISC-V处理器IP', '高速SerDes接口IP', '光刻胶材料', '晶圆级封装', 'MEMS传感器', '存算一体芯片', '硅光芯片',
      '功率半导体模块',
    ],
    objects: [
      ['车规级SiC功率模块封装', 'SiC功率器件'], ['12英寸晶圆表面缺陷检测', '晶圆检测'], ['2.5D硅中介层互连', 'Chiplet异构集成'], ['Chiplet die-to-die互连接口', 'Chiplet异构集成'], ['高端KrF光刻胶', '光刻胶材料'],
      ['RISC-V多核处理器芯片', 'RISC-V处理器IP'], ['车规级MCU芯片', '车规级芯片设计'], ['IGBT模块焊层', '功率半导体模块'], ['晶圆级扇出封装翘曲控制', '晶圆级封装'], ['高速光模块DSP芯片', '硅光芯片'],
      ['MEMS惯性传感器芯片', 'MEMS传感器'], ['存算一体AI芯片', '存算一体芯片'], ['汽车安全气囊点火芯片', '车规级芯片设计'], ['5G射频前端模组', 'GaN射频器件'], ['芯片级热管理材料', '先进封装测试'], ['多芯粒Chiplet封装散热', 'Chiplet异构集成'],
    ],
    goals: ['可靠性提升', '良率提升', '国产化替代', '性能优化', '低功耗设计', '量产工艺验证', '测试方法研究'],
    specs: [
      '功率循环寿命>5万次', '结温Tj≥175℃', '封装热阻<0.2 K/W', '晶圆良率≥98%', '互连带宽密度>1 Tbps/mm',
      '待机功耗<10 μA', '通过AEC-Q100 Grade 1认证', '缺陷检出率≥99.5%，误报率<1%', '支持PCIe 5.0, CXL 2.0协议',
      '兼容UCIe 1.1标准',
    ],
    services: ['EDA软件共享', 'MPW多项目晶圆流片', '芯片测试验证', 'IP核共享', '洁净室共享', '失效分析', 'Chiplet设计验证'],
    policySubjects: ['集成电路产业高质量发展', '芯片设计企业流片', '半导体装备及材料国产化', '车规级芯片产业链协同', 'Chiplet先进封装产业发展'],
    brands: ['芯', '微', '晶', '硅', '矽', '睿', '创', '华', '锐', '鑫', '芯', '源'],
    companySuffixes: ['微电子有限公司', '半导体科技有限公司', '集成电路设计有限公司', '芯片技术有限公司'],
  },
  BIOMEDICINE: {
    words: ['生物医药', '创新药', '医疗器械'],
    fields: [
      '抗体药物', '细胞与基因治疗', 'mRNA疫苗', '小分子靶向药', '高端医疗器械', '体外诊断', '合成生物', 'ADC偶联药物',
      '中药现代化', '药物制剂',
    ],
    objects: [
      ['双特异性抗体高效表达', '抗体药物'], ['CAR-T细胞自动化制备', '细胞与基因治疗'], ['mRNA-LNP递送系统', 'mRNA疫苗'], ['ADC药物定点偶联工艺', 'ADC偶联药物'], ['一类创新药临床前评价', '小分子靶向药'],
      ['高通量药物筛选', '小分子靶向药'], ['无血清细胞培养基', '细胞与基因治疗'], ['化学发光体外诊断试剂', '体外诊断'], ['植介入医疗器械药物涂层', '高端医疗器械'], ['原料药连续流合成', '药物制剂'],
      ['中药配方颗粒质量控制', '中药现代化'],
    ],
    goals: ['工艺放大', '质量标准研究', '产业化', '成本降低', '国产化替代', '性能优化'],
    specs: [
      '表达量≥5 g/L', '细胞存活率>90%', '包封率≥95%', '单一杂质含量<0.1%', '批间差异<5%', '符合GMP & NMPA注册要求',
      '完成"三批"工艺验证',
    ],
    services: ['GMP中试车间', '动物实验平台', '药物安全性评价', '临床试验对接', '注册申报辅导', '细胞库检测'],
    policySubjects: ['生物医药产业创新发展', '创新药械首发应用', '临床试验能力建设', '医疗器械注册人制度试点'],
    brands: ['康', '泰', '瑞', '恒', '和', '济', '安', '博', '源', '欣', '诺', '华'],
    companySuffixes: ['生物科技有限公司', '医药科技有限公司', '生物医药有限公司', '医疗器械有限公司'],
  },
  ARTIFICIAL_INTELLIGENCE: {
    words: ['人工智能', 'AI', '大模型'],
    fields: [
      '大模型训练与推理', '计算机视觉', '自然语言处理', '多模态大模型', 'AI for Science', '智能算力调度', '边缘智能',
      '知识图谱',
    ],
    objects: [
      ['工业质检视觉大模型', '计算机视觉'], ['金融垂直大模型', '大模型训练与推理'], ['多模态文档理解', '多模态大模型'], ['大模型推理加速', '大模型训练与推理'], ['AI芯片算子适配', '智能算力调度'], ['智能客服语义理解', '自然语言处理'],
      ['城市治理视觉算法', '计算机视觉'], ['AI辅助药物设计', 'AI for Science'], ['方言语音识别', '自然语言处理'], ['算力网络调度平台', '智能算力调度'],
    ],
    goals: ['精度提升', '推理成本降低', '国产算力适配', '场景落地', '轻量化部署', '可信评测'],
    specs: [
      '识别准确率≥99%', '推理时延<200 ms', '适配国产GPU≥2款', '幻觉率<3%', '单卡吞吐提升>2倍', '支持"私有化部署"',
      '训练数据合规，来源可追溯',
    ],
    services: ['算力券申领', '数据标注服务', '大模型评测', 'AI场景对接', '开源社区运营'],
    policySubjects: ['人工智能产业创新发展', '"人工智能+"行动', '智能算力基础设施建设', '大模型场景应用'],
    brands: ['智', '深', '云', '图', '思', '灵', '元', '数', '星', '启', '知', '源'],
    companySuffixes: ['智能科技有限公司', '人工智能科技有限公司', '信息科技有限公司', '数据科技有限公司'],
  },
  NEW_ENERGY: {
    words: ['新能源', '储能', '光伏', '氢能'],
    fields: ['动力电池', '固态电池', '新型储能系统', '光伏组件', '氢燃料电池', '海上风电', '虚拟电厂', '电池回收'],
    objects: [
      ['固态电池电解质界面', '固态电池'], ['大容量储能电池热失控预警', '新型储能系统'], ['钙钛矿叠层光伏组件', '光伏组件'], ['PEM电解水制氢膜电极', '氢能'], ['海上风电柔性直流送出', '海上风电'],
      ['动力电池梯次利用检测', '电池回收'], ['钠离子电池正极材料', '动力电池'], ['光储充一体化能量管理', '新型储能系统'], ['虚拟电厂聚合调控', '虚拟电厂'],
    ],
    goals: ['寿命提升', '能量密度提升', '安全性提升', '成本降低', '工程化验证', '标准研制'],
    specs: [
      '循环寿命>8000次', '能量密度≥350 Wh/kg', '光电转换效率>26%', '电解槽电流密度≥2 A/cm²', '热失控预警提前量>10 min',
      '系统效率≥90%',
    ],
    services: ['电池检测认证', '储能实证基地', '碳足迹核算', '绿电交易咨询'],
    policySubjects: ['新能源产业高质量发展', '新型储能产业', '氢能产业发展', '光伏产业链协同'],
    brands: ['储', '能', '光', '阳', '源', '电', '绿', '恒', '拓', '锂', '风', '氢'],
    companySuffixes: ['新能源科技有限公司', '能源科技有限公司', '电池科技有限公司', '储能技术有限公司'],
  },
  NEW_MATERIALS: {
    words: ['新材料', '先进材料'],
    fields: [
      '高端聚烯烃', '碳纤维复合材料', '电子化学品', '特种工程塑料', '石墨烯材料', '高温合金', '生物基材料', '半导体材料',
    ],
    objects: [
      ['高端聚烯烃催化剂', '高端聚烯烃'], ['环烯烃共聚物（COC）', '高端聚烯烃'], ['高性能碳纤维原丝', '碳纤维复合材料'], ['电子级湿化学品纯化', '电子化学品'], ['聚酰亚胺薄膜', '特种工程塑料'], ['石墨烯导热膜', '石墨烯材料'],
      ['高温合金增材制造粉末', '高温合金'], ['生物基可降解材料', '生物基材料'], ['光刻胶树脂单体', '半导体材料'], ['超高分子量聚乙烯纤维', '高性能纤维'],
    ],
    goals: ['国产化替代', '工艺放大', '性能提升', '千吨级产业化', '应用验证', '成本降低'],
    specs: [
      '金属杂质含量<10 ppb', '拉伸强度>5.5 GPa', '熔指波动<±5%', '导热系数≥1500 W/(m·K)', '透光率>91%',
      '满足"车规级"应用要求',
    ],
    services: ['材料表征测试', '中试放大线', '材料基因数据库', '检验检测认证', '专利导航'],
    policySubjects: ['新材料产业创新发展', '先进材料首批次应用', '化工新材料强链补链', '关键战略材料攻关'],
    brands: ['材', '聚', '纳', '晶', '碳', '合', '华', '东', '新', '联', '科', '盛'],
    companySuffixes: ['新材料科技有限公司', '材料科技有限公司', '化工科技有限公司', '高分子材料有限公司'],
  },
  INTELLIGENT_MANUFACTURING: {
    words: ['智能制造', '工业互联网', '高端装备'],
    fields: ['工业互联网', '数字孪生', '工业软件', '智能产线', '精密加工', '工业视觉检测', '预测性维护', '高端数控机床'],
    objects: [
      ['离散制造数字孪生工厂', '数字孪生'], ['五轴数控机床热误差补偿', '高端数控机床'], ['工业设备预测性维护', '预测性维护'], ['柔性装配产线', '智能产线'], ['工业互联网标识解析', '工业互联网'],
      ['注塑工艺参数智能优化', '工业软件'], ['焊接质量在线检测', '工业视觉检测'], ['MES与ERP数据贯通', '工业软件'], ['精密减速器齿轮加工', '精密加工'],
    ],
    goals: ['效率提升', '国产化替代', '智能化改造', '质量追溯', '能耗降低', '系统集成'],
    specs: [
      '设备综合效率OEE提升>15%', '加工精度≤3 μm', '故障预测准确率≥90%', '换型时间<30 min', '数据采集频率≥1 kHz',
    ],
    services: ['智能化改造诊断', '工业软件共享', '首台（套）申报辅导', '大型设备共享', '工业互联网平台接入'],
    policySubjects: ['智能制造和工业互联网发展', '制造业智能化改造数字化转型', '首台（套）重大装备推广应用', '工业软件创新'],
    brands: ['精', '工', '匠', '锐', '力', '恒', '达', '创', '博', '科', '远', '迈'],
    companySuffixes: ['智能装备有限公司', '自动化科技有限公司', '精密机械有限公司', '工业技术有限公司'],
  },
  ROBOTICS: {
    words: ['机器人', '具身智能', '人形机器人'],
    fields: ['人形机器人', '协作机器人', '具身智能', '特种机器人', '手术机器人', '服务机器人', '机器人核心零部件'],
    objects: [
      ['人形机器人关节模组', '人形机器人'], ['灵巧手触觉感知', '人形机器人'], ['协作机器人力控', '协作机器人'], ['具身智能大模型', '具身智能'], ['康复外骨骼机器人', '服务机器人'], ['巡检机器人自主导航', '特种机器人'],
      ['谐波减速器', '机器人核心零部件'], ['手术机器人主从控制', '手术机器人'], ['机器人视觉抓取', '具身智能'],
    ],
    goals: ['性能提升', '国产化替代', '场景验证', '成本降低', '量产工艺开发', '安全认证'],
    specs: ['关节峰值扭矩≥150 N·m', '重复定位精度±0.02 mm', '抓取成功率>95%', '连续工作>8 h', '整机成本<15万元'],
    services: ['机器人测试验证', '概念验证', '应用场景开放', '整机试制', '零部件供应链对接'],
    policySubjects: ['机器人产业创新发展', '具身智能产业', '人形机器人创新应用', '智能机器人场景开放'],
    brands: ['智', '灵', '擎', '动', '康', '加', '越', '达', '宇', '仿', '捷', '优'],
    companySuffixes: ['机器人有限公司', '机器人科技有限公司', '智能机器人有限公司', '自动化有限公司'],
  },
  INTELLIGENT_SOFTWARE: {
    words: ['智能软件', '软件和信息服务', '工业软件'],
    fields: ['基础软件', '工业软件', '信创适配', '低代码平台', '云原生', '数据库', '操作系统', '金融科技'],
    objects: [
      ['国产数据库分布式事务', '数据库'], ['云原生微服务治理', '云原生'], ['低代码开发平台', '低代码平台'], ['信创环境应用迁移', '信创适配'], ['金融交易系统', '金融科技'], ['CAE仿真求解器', '工业软件'],
      ['数据要素流通平台', '数据要素'], ['软件供应链安全检测', '基础软件'],
    ],
    goals: ['性能优化', '国产化适配', '架构升级', '可靠性提升', '平台研发'],
    specs: ['事务吞吐>10万TPS', '兼容主流国产CPU & OS', '系统可用性≥99.99%', '迁移改造工作量降低>50%'],
    services: ['软件测试认证', '信创适配中心', '开源代码托管', '云资源补贴', '软件著作权登记代办'],
    policySubjects: ['软件和信息服务业高质量发展', '首版次软件推广应用', '信创产业', '数字经济核心产业'],
    brands: ['蓝', '鸟', '云', '数', '信', '码', '达', '通', '易', '联', '维', '捷'],
    companySuffixes: ['软件有限公司', '信息技术有限公司', '网络科技有限公司', '数字科技有限公司'],
  },
  DIGITAL_HEALTH: {
    words: ['数智健康', '智慧医疗', '数字医疗'],
    fields: ['可穿戴医疗设备', '医学影像AI', '互联网医院', '健康大数据', '远程监护', '数字疗法'],
    objects: [
      ['可穿戴脉搏波持续监测', '可穿戴医疗设备'], ['医学影像辅助诊断', '医学影像AI'], ['慢病管理数字疗法', '数字疗法'], ['院内数据治理', '健康大数据'], ['老年人跌倒监测', '远程监护'], ['基层医疗AI辅助诊疗', '基层智慧医疗'],
      ['医疗大模型', '健康大数据'], ['手术室智能管理', '智慧医院'],
    ],
    goals: ['临床验证', '准确率提升', '产品注册', '场景落地', '数据合规'],
    specs: ['心率测量误差<±3 bpm', '敏感度≥95%', '特异度≥90%', '符合《个人信息保护法》要求', '续航>7天'],
    services: ['临床资源对接', '医疗器械注册辅导', '健康数据合规咨询', '医工交叉对接'],
    policySubjects: ['数智健康产业发展', '智慧医疗应用场景', '医工融合创新', '数字医疗器械'],
    brands: ['康', '健', '医', '和', '安', '仁', '瑞', '颐', '佳', '诺', '益', '宁'],
    companySuffixes: ['健康科技有限公司', '医疗科技有限公司', '数字健康有限公司', '智慧医疗有限公司'],
  },
  CYBERSECURITY: {
    words: ['网络安全', '数据安全', '工控安全'],
    fields: ['工控安全', '数据安全', '密码技术', '零信任', '威胁情报', '车联网安全'],
    objects: [
      ['工业控制系统入侵检测', '工控安全'], ['数据分类分级自动识别', '数据安全'], ['后量子密码迁移', '密码技术'], ['零信任访问控制', '零信任'], ['车联网安全网关', '车联网安全'], ['大模型内容安全', 'AI安全'],
      ['APT威胁检测', '威胁情报'], ['数据脱敏与隐私计算', '数据安全'],
    ],
    goals: ['能力提升', '国产化替代', '攻防验证', '合规评估', '产品化'],
    specs: ['检出率≥98%，误报率<0.5%', '加解密性能>10 Gbps', '满足等保2.0三级要求', '告警响应时间<1 s'],
    services: ['网络安全测评', '攻防演练', '等级保护咨询', '数据出境评估辅导'],
    policySubjects: ['网络安全产业发展', '数据安全产业', '工业互联网安全', '商用密码应用'],
    brands: ['盾', '安', '御', '信', '卫', '磐', '锐', '天', '网', '云', '鉴', '恒'],
    companySuffixes: ['网络安全技术有限公司', '信息安全有限公司', '安全科技有限公司', '数据安全技术有限公司'],
  },
  DIGITAL_ADVERTISING: {
    words: ['数字广告', '数字营销', '广告科技'],
    fields: ['程序化广告', 'AIGC内容生成', '数字营销', '广告监测', '户外数字媒体', '直播电商'],
    objects: [
      ['AIGC广告创意生成', 'AIGC内容生成'], ['跨屏广告效果归因', '广告监测'], ['程序化广告反作弊', '程序化广告'], ['户外数字大屏投放', '户外数字媒体'], ['隐私计算营销建模', '数字营销'], ['品牌安全监测', '广告监测'],
    ],
    goals: ['效果提升', '合规优化', '平台研发', '成本降低'],
    specs: ['点击率提升>20%', '异常流量识别率≥95%', '单条素材生成时间<30 s', '符合《互联网广告管理办法》'],
    services: ['广告合规咨询', '创意内容制作', '数据营销平台', '品牌推广对接'],
    policySubjects: ['数字广告产业发展', '广告产业园区提质', '数字营销创新'],
    brands: ['创', '意', '星', '映', '潮', '明', '悦', '橙', '光', '美', '聚', '新'],
    companySuffixes: ['广告有限公司', '数字营销有限公司', '文化传媒有限公司', '传媒科技有限公司'],
  },
  INTELLIGENT_VEHICLES: {
    words: ['智能汽车', '智能网联汽车', '新能源汽车'],
    fields: ['自动驾驶', '车规级芯片', '智能座舱', '线控底盘', '车路协同', '汽车电子'],
    objects: [
      ['L3级自动驾驶决策规划', '自动驾驶'], ['车规级激光雷达', '自动驾驶'], ['智能座舱多模态交互', '智能座舱'], ['线控制动系统', '线控底盘'], ['车路协同路侧感知', '车路协同'], ['汽车安全气囊控制器', '汽车电子'],
      ['电驱系统NVH优化', '电驱系统'], ['车载SoC国产化', '车规级芯片'],
    ],
    goals: ['性能提升', '量产验证', '国产化替代', '功能安全认证', '测试验证'],
    specs: ['满足ISO 26262 ASIL-D', '探测距离≥200 m', '制动响应<150 ms', '通过"车规级"可靠性试验', '噪声降低>3 dB(A)'],
    services: ['智能网联测试场', '汽车电子检测', '功能安全咨询', '整车厂对接'],
    policySubjects: ['智能网联汽车产业发展', '新能源汽车产业链', '汽车零部件强链'],
    brands: ['驰', '驭', '行', '智', '途', '航', '骏', '擎', '远', '通', '凯', '轩'],
    companySuffixes: ['汽车科技有限公司', '汽车电子有限公司', '智能驾驶科技有限公司', '汽车零部件有限公司'],
  },
  LOW_ALTITUDE_ECONOMY: {
    words: ['低空经济', '无人机', 'eVTOL'],
    fields: ['eVTOL飞行器', '工业级无人机', '低空通信导航', '无人机物流', '低空空域管理', '航空复合材料'],
    objects: [
      ['eVTOL分布式电推进', 'eVTOL飞行器'], ['无人机集群协同控制', '工业级无人机'], ['低空飞行器感知避障', '工业级无人机'], ['低空智联网通信', '低空通信导航'], ['无人机物流配送航线', '无人机物流'], ['航空复合材料机身', '航空复合材料'],
      ['低空飞行服务平台', '低空空域管理'],
    ],
    goals: ['适航验证', '性能提升', '场景示范', '系统集成', '成本降低'],
    specs: ['续航>60 min', '载重≥50 kg', '定位精度<0.5 m', '抗风等级≥6级', '通信时延<50 ms'],
    services: ['飞行测试场', '适航取证辅导', '低空航线申请', '无人机检测'],
    policySubjects: ['低空经济高质量发展', '无人机产业', '低空应用场景开放', '通用航空产业'],
    brands: ['翼', '飞', '鹰', '天', '云', '航', '空', '鹏', '宇', '羽', '翔', '凌'],
    companySuffixes: ['航空科技有限公司', '无人机科技有限公司', '低空科技有限公司', '飞行器有限公司'],
  },
  GEOSPATIAL: {
    words: ['地理信息', '测绘', '时空信息'],
    fields: ['实景三维', '遥感影像处理', '北斗高精度定位', '城市信息模型CIM', '地理信息系统', '激光点云处理'],
    objects: [
      ['实景三维城市模型自动化构建', '实景三维'], ['高分遥感影像变化检测', '遥感影像处理'], ['北斗厘米级定位', '北斗高精度定位'], ['城市信息模型CIM平台', '城市信息模型CIM'], ['地下管网三维探测', '地理信息系统'],
      ['激光点云语义分割', '激光点云处理'], ['时空大数据治理', '地理信息系统'],
    ],
    goals: ['精度提升', '自动化提升', '平台研发', '标准研制', '应用示范'],
    specs: ['平面精度优于5 cm', '变化检测准确率>90%', '定位精度≤2 cm', '建模效率提升>3倍'],
    services: ['测绘资质咨询', '地理信息数据共享', '遥感影像服务', '三维建模服务'],
    policySubjects: ['地理信息产业发展', '实景三维建设', '时空大数据应用'],
    brands: ['图', '测', '绘', '星', '北', '斗', '地', '维', '景', '航', '天', '坤'],
    companySuffixes: ['地理信息有限公司', '测绘科技有限公司', '空间信息技术有限公司', '遥感科技有限公司'],
  },
};

/** Industries outside the contract's vocabulary (records carry them as OTHER + tags[0]). */
export const OTHER_INDUSTRY_PHRASES: Record<string, IndustryPhrases> = {
  现代农业: {
    words: ['现代农业', '智慧农业', '农业科技'],
    fields: ['设施农业', '智能农机', '种业创新', '农产品加工'],
    objects: [['设施大棚环境智能调控', '设施农业'], ['水稻机插秧精准作业', '智能农机'], ['蔬菜种苗工厂化繁育', '种业创新'], ['农产品冷链品质监测', '农产品加工']],
    goals: ['效率提升', '成本降低', '示范推广'],
    specs: ['亩均节水>30%', '作业精度±2 cm', '育苗成活率≥95%'],
    services: ['农技推广', '种苗检测', '农业物联网接入'],
    policySubjects: ['现代农业科技创新', '智慧农业示范'],
    brands: ['禾', '丰', '田', '农', '谷', '绿'],
    companySuffixes: ['农业科技有限公司', '生态农业有限公司'],
  },
  节能环保: {
    words: ['节能环保', '绿色低碳', '环保'],
    fields: ['工业废水处理', 'VOCs治理', '固废资源化', '碳捕集利用'],
    objects: [['高盐废水零排放', '工业废水处理'], ['工业VOCs催化燃烧', 'VOCs治理'], ['锂电池废料资源化回收', '固废资源化'], ['燃煤烟气CO2捕集', '碳捕集利用']],
    goals: ['成本降低', '效率提升', '工程示范'],
    specs: ['COD去除率>95%', 'VOCs去除效率≥98%', '金属回收率>92%'],
    services: ['环评咨询', '碳排放核查', '环境监测'],
    policySubjects: ['节能环保产业发展', '绿色低碳技术推广'],
    brands: ['清', '绿', '净', '碧', '蓝', '环'],
    companySuffixes: ['环保科技有限公司', '环境工程有限公司'],
  },
  海洋工程装备: {
    words: ['海洋工程装备', '海工装备', '船舶'],
    fields: ['海工装备', '绿色船舶', '深海装备'],
    objects: [['LNG运输船围护系统', '绿色船舶'], ['深远海养殖平台', '海工装备'], ['船用甲醇燃料发动机', '绿色船舶'], ['水下机器人作业系统', '深海装备']],
    goals: ['国产化替代', '性能提升', '工程验证'],
    specs: ['日蒸发率<0.1%', '作业水深≥300 m', '抗台风等级≥16级'],
    services: ['船舶设计咨询', '海工试验水池', '船级社认证辅导'],
    policySubjects: ['海洋工程装备产业发展', '绿色智能船舶'],
    brands: ['海', '洋', '舟', '航', '远', '蓝'],
    companySuffixes: ['海洋工程有限公司', '船舶科技有限公司'],
  },
  文化科技: {
    words: ['文化科技', '数字文创', '文化创意'],
    fields: ['数字文旅', '虚拟现实', '数字藏品', '沉浸式演艺'],
    objects: [['沉浸式文旅体验空间', '数字文旅'], ['文物数字化采集', '数字文旅'], ['XR虚拟演播', '虚拟现实'], ['古建三维重建', '虚拟现实']],
    goals: ['体验提升', '场景落地', '成本降低'],
    specs: ['建模精度≤1 mm', '渲染帧率≥90 fps', '同时在线人数>1万'],
    services: ['版权登记', '文创孵化', '演艺场景对接'],
    policySubjects: ['文化和科技融合发展', '数字文旅产业'],
    brands: ['文', '艺', '墨', '韵', '景', '创'],
    companySuffixes: ['文化科技有限公司', '数字文化有限公司'],
  },
  商业航天: {
    words: ['商业航天', '卫星', '空天信息'],
    fields: ['商业卫星制造', '卫星互联网', '航天测控', '卫星遥感应用'],
    objects: [['商业卫星智能化总装测试', '商业卫星制造'], ['低轨卫星星载相控阵天线', '卫星互联网'], ['卫星批产自动化检测', '商业卫星制造'], ['星载计算机抗辐照设计', '星载电子']],
    goals: ['批产能力提升', '成本降低', '在轨验证'],
    specs: ['年产能≥150颗', '单星总装周期<15天', '抗总剂量≥100 krad(Si)'],
    services: ['卫星测试验证', '航天质量体系辅导', '频轨资源咨询'],
    policySubjects: ['商业航天产业发展', '空天信息产业'],
    brands: ['星', '天', '宇', '航', '穹', '辰'],
    companySuffixes: ['航天科技有限公司', '卫星技术有限公司'],
  },
};

export const OTHER_INDUSTRY_LABELS: readonly string[] = Object.keys(OTHER_INDUSTRY_PHRASES);
/** Carrier kinds a platform may list that have no contract value. */
export const OTHER_CARRIER_KIND_LABELS: readonly string[] = ['星创天地', '科技企业加速器', '双创示范基地', '技术转移中心', '离岸创新中心'];
export const OTHER_CARRIER_LEVEL_LABELS: readonly string[] = ['省部共建', '行业认定', '长三角共建'];
export const OTHER_PUBLISHER_KIND_LABELS: readonly string[] = ['行业协会', '社会组织', '产业联盟', '创新联合体'];
export const OTHER_POLICY_CATEGORY_LABELS: readonly string[] = ['知识产权', '科学普及', '标准化', '质量品牌'];

export const POLICY_TAGS: readonly string[] = [
  '沿沪宁', '长三角', '专精特新', '揭榜挂帅', '高新技术企业', '人才安居', '免申即享', '一网通办', '拨投结合', '首台套',
  '绿色低碳', '数字化转型', '跨区域协同', '科创券', '投早投小',
];
export const CARRIER_TAGS: readonly string[] = [
  '长三角', '沿沪宁', '低成本空间', '硬科技', '拎包入驻', '专业孵化', '投孵联动', '一院一链', '国际化', '链主企业',
  '飞地孵化', '房租减免', '科技金融服务站',
];
export const CHALLENGE_TAGS: readonly string[] = [
  '揭榜挂帅', '卡脖子', '长三角', '沿沪宁', '专精特新', '链主企业', '产学研', '首台套', '国产化', '企业出题', '紧急需求',
  '场景开放', '上海研发-江苏制造',
];

export const GENERIC_CARRIER_SERVICES: readonly string[] = [
  '工商注册代办', '政策申报辅导', '投融资对接', '知识产权服务', '人才招聘', '创业导师辅导', '技术转移服务', '法律咨询',
  '财税代理', '路演活动', '共享会议室', '科技金融服务工作站', '人才公寓申请', '跨省通办代办',
];

export const KIND_SERVICES: Record<string, readonly string[]> = {
  INCUBATOR: ['在孵企业房租减免', '创业导师辅导', '天使投资对接', '工商注册代办'],
  MAKER_SPACE: ['开放工位', '创业沙龙', '创新创业大赛辅导', '共享会议室'],
  UNIVERSITY_SCIENCE_PARK: ['高校成果转化对接', '师生创业辅导', '实验室资源共享'],
  RESEARCH_INSTITUTE: ['联合研发', '技术咨询', '人才联合培养', '拨投结合项目孵化'],
  LABORATORY: ['大型科研仪器共享', '联合研发', '检测分析', '开放课题'],
  INNOVATION_CENTER: ['共性技术研发', '标准制定', '产业链协同对接', '技术评估'],
  PROOF_OF_CONCEPT_CENTER: ['技术和市场"双验证"', '概念验证资金支持', '原型样机制作', '商业化评估'],
  PILOT_PLATFORM: ['中试熟化', '小批量试制', '工艺验证', '检测认证'],
  TECH_PARK: ['产业空间租赁', '物业服务', '政策兑现', '配套人才公寓'],
  SERVICE_PLATFORM: ['检验检测', '技术咨询', '数据服务', '标准化服务'],
  OTHER: ['企业加速服务', '市场拓展', '投融资对接'],
};

/** Surnames and given names with pinyin, for contacts and e-mail addresses. */
export const SURNAMES: readonly (readonly [string, string])[] = [
  ['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['黄', 'huang'], ['赵', 'zhao'],
  ['吴', 'wu'], ['周', 'zhou'], ['徐', 'xu'], ['孙', 'sun'], ['朱', 'zhu'], ['高', 'gao'], ['林', 'lin'], ['何', 'he'],
  ['郭', 'guo'], ['马', 'ma'], ['罗', 'luo'], ['梁', 'liang'], ['宋', 'song'], ['郑', 'zheng'], ['谢', 'xie'], ['韩', 'han'],
  ['唐', 'tang'], ['冯', 'feng'], ['顾', 'gu'], ['沈', 'shen'], ['陆', 'lu'], ['蒋', 'jiang'], ['钱', 'qian'], ['邵', 'shao'],
  ['缪', 'miao'], ['戴', 'dai'], ['季', 'ji'], ['卞', 'bian'], ['丁', 'ding'], ['施', 'shi'], ['曹', 'cao'], ['袁', 'yuan'],
];
export const GIVEN_NAMES: readonly (readonly [string, string])[] = [
  ['伟', 'wei'], ['静', 'jing'], ['敏', 'min'], ['磊', 'lei'], ['洁', 'jie'], ['军', 'jun'], ['勇', 'yong'], ['艳', 'yan'],
  ['杰', 'jie'], ['娟', 'juan'], ['涛', 'tao'], ['明', 'ming'], ['超', 'chao'], ['霞', 'xia'], ['平', 'ping'], ['刚', 'gang'],
  ['晓东', 'xiaodong'], ['海燕', 'haiyan'], ['建华', 'jianhua'], ['志强', 'zhiqiang'], ['文静', 'wenjing'], ['嘉怡', 'jiayi'],
  ['宇航', 'yuhang'], ['思远', 'siyuan'], ['雨萱', 'yuxuan'], ['子涵', 'zihan'], ['俊杰', 'junjie'], ['欣怡', 'xinyi'],
  ['浩然', 'haoran'], ['梓轩', 'zixuan'], ['晨曦', 'chenxi'], ['一鸣', 'yiming'], ['佳琪', 'jiaqi'], ['天宇', 'tianyu'],
  ['丽华', 'lihua'], ['国强', 'guoqiang'], ['春燕', 'chunyan'], ['立新', 'lixin'], ['亚楠', 'yanan'], ['振宇', 'zhenyu'],
];

// ---------------------------------------------------------------------------------------------
// Member profiles
// ---------------------------------------------------------------------------------------------

export interface Anchor {
  lat: number;
  lng: number;
}

export interface DistrictInfo {
  /** District or county name as written in addresses and `district`. */
  name: string;
  /** For Putuo: the 街道/镇 the anchor lies in (appears in the address). */
  street?: string;
  /** Short form used in carrier names ("江宁", "长风"). */
  short: string;
  /** A point inside the district, within ~13 km of the member centre. */
  anchor: Anchor;
  roads: readonly string[];
  /** The district government as a policy issuer (absent for Putuo's streets). */
  issuer?: Issuer;
}

export type IssuerRole = 'gov' | 'govOffice' | 'sci' | 'mii' | 'ndrc' | 'hr' | 'fin' | 'amr' | 'com' | 'talent';

export interface Issuer {
  name: string;
  /** 发文字号 stems, e.g. 宁科规 → 宁科规〔2024〕3号. */
  stems: readonly string[];
  role: IssuerRole;
  /** The territory named in its policy titles ("南京市", "江宁区", "普陀区"). */
  scope: string;
}

export interface MemberProfile {
  /** Local id prefix, e.g. NJ → NJ-P-000001. */
  prefix: string;
  /** Short city name for company and carrier names ("南京"; Putuo: "普陀"). */
  cityShort: string;
  /** Territory in policy titles. */
  scope: string;
  /** Company name prefixes ("南京", "江苏"; Putuo: "上海"). */
  companyPrefixes: readonly string[];
  /** Address prefix before the district ("江苏省南京市"; Putuo: "上海市"). */
  addressPrefix: string;
  /** Province or city for provincial labs ("江苏省"/"上海市") and the city for municipal ones. */
  labScopes: readonly string[];
  areaCode: string;
  /** Lower-case letters for e-mail hosts. */
  mailTag: string;
  talentBrand: string;
  landmarks: readonly string[];
  districts: readonly DistrictInfo[];
  universities: readonly string[];
  hospitals: readonly string[];
  institutes: readonly string[];
  issuers: readonly Issuer[];
}

function jiangsuIssuers(city: string, p: string, govStems: readonly string[]): Issuer[] {
  return [
    { name: `${city}人民政府`, stems: govStems, role: 'gov', scope: city },
    { name: `${city}人民政府办公室`, stems: [`${p}政办发`, `${p}政办规`], role: 'govOffice', scope: city },
    { name: `${city}科学技术局`, stems: [`${p}科发`, `${p}科规`], role: 'sci', scope: city },
    { name: `${city}工业和信息化局`, stems: [`${p}工信发`, `${p}工信规`], role: 'mii', scope: city },
    { name: `${city}发展和改革委员会`, stems: [`${p}发改高技发`, `${p}发改规`], role: 'ndrc', scope: city },
    { name: `${city}人力资源和社会保障局`, stems: [`${p}人社发`, `${p}人社规`], role: 'hr', scope: city },
    { name: `${city}财政局`, stems: [`${p}财规`, `${p}财教`], role: 'fin', scope: city },
    { name: `${city}市场监督管理局`, stems: [`${p}市监规`, `${p}市监知`], role: 'amr', scope: city },
    { name: `${city}商务局`, stems: [`${p}商发`], role: 'com', scope: city },
    { name: `中共${city}委人才工作领导小组办公室`, stems: [`${p}人才办`], role: 'talent', scope: city },
  ];
}

function district(
  name: string,
  short: string,
  lat: number,
  lng: number,
  roads: readonly string[],
  issuer: { name: string; stem: string } | null,
): DistrictInfo {
  const info: DistrictInfo = { name, short, anchor: { lat, lng }, roads };
  if (issuer) info.issuer = { name: issuer.name, stems: [issuer.stem], role: 'gov', scope: name };
  return info;
}

function putuoStreet(street: string, short: string, lat: number, lng: number, roads: readonly string[]): DistrictInfo {
  return { name: '普陀区', street, short, anchor: { lat, lng }, roads };
}

export const PROFILES: Record<string, MemberProfile> = {
  putuo: {
    prefix: 'PT',
    cityShort: '普陀',
    scope: '普陀区',
    companyPrefixes: ['上海'],
    addressPrefix: '上海市',
    labScopes: ['上海市', '普陀区'],
    areaCode: '021',
    mailTag: 'pt',
    talentBrand: '普陀英才',
    landmarks: ['长风', '桃浦', '真如', '武宁', '苏州河', '曹杨', '中环', '智创城', '长征', '万里'],
    districts: [
      putuoStreet('长风新村街道', '长风', 31.2235, 121.3935, ['金沙江路', '大渡河路', '云岭东路', '中江路', '丹巴路']),
      putuoStreet('长寿路街道', '长寿', 31.2425, 121.4375, ['长寿路', '胶州路', '常德路', '昌化路']),
      putuoStreet('曹杨新村街道', '曹杨', 31.2405, 121.4125, ['曹杨路', '兰溪路', '枣阳路', '武宁路']),
      putuoStreet('甘泉路街道', '甘泉', 31.2625, 121.4385, ['志丹路', '甘泉路', '黄陵路']),
      putuoStreet('石泉路街道', '石泉', 31.2535, 121.4285, ['石泉路', '中山北路', '管弄路', '岚皋路']),
      putuoStreet('宜川路街道', '宜川', 31.2585, 121.4455, ['宜川路', '普善路', '延长西路', '子长路']),
      putuoStreet('万里街道', '万里', 31.2735, 121.4055, ['真华路', '富平路', '新沪路', '华池路']),
      putuoStreet('真如镇街道', '真如', 31.2525, 121.4005, ['真北路', '铜川路', '清涧路', '梅川路']),
      putuoStreet('长征镇', '长征', 31.2355, 121.3725, ['梅川路', '泸定路', '中宁路', '同普路']),
      putuoStreet('桃浦镇', '桃浦', 31.2805, 121.3655, ['真南路', '祁连山南路', '敦煌路', '武威路', '桃浦路']),
    ],
    universities: ['华东师范大学', '同济大学', '华东政法大学'],
    hospitals: ['上海市普陀区中心医院', '同济大学附属同济医院', '上海市普陀区人民医院', '上海市普陀区利群医院'],
    institutes: [
      '上海化工研究院有限公司', '华东电力设计院有限公司', '司法鉴定科学研究院', '上海电器科学研究所（集团）有限公司',
      '上海市测绘院', '上海机器人产业技术研究院', '上海清华国际创新中心',
    ],
    issuers: [
      { name: '上海市普陀区人民政府', stems: ['普府', '普府规'], role: 'gov', scope: '普陀区' },
      { name: '上海市普陀区人民政府办公室', stems: ['普府办', '普府办规'], role: 'govOffice', scope: '普陀区' },
      { name: '上海市普陀区科学技术委员会', stems: ['普科委'], role: 'sci', scope: '普陀区' },
      { name: '上海市普陀区经济委员会', stems: ['普经委'], role: 'mii', scope: '普陀区' },
      { name: '上海市普陀区发展和改革委员会', stems: ['普发改'], role: 'ndrc', scope: '普陀区' },
      { name: '上海市普陀区人力资源和社会保障局', stems: ['普人社'], role: 'hr', scope: '普陀区' },
      { name: '上海市普陀区财政局', stems: ['普财'], role: 'fin', scope: '普陀区' },
      { name: '上海市普陀区市场监督管理局', stems: ['普市监'], role: 'amr', scope: '普陀区' },
      { name: '上海市普陀区商务委员会', stems: ['普商务委'], role: 'com', scope: '普陀区' },
      { name: '中共上海市普陀区委人才工作领导小组办公室', stems: ['普人才办'], role: 'talent', scope: '普陀区' },
    ],
  },
  nanjing: {
    prefix: 'NJ',
    cityShort: '南京',
    scope: '南京市',
    companyPrefixes: ['南京', '江苏'],
    addressPrefix: '江苏省南京市',
    labScopes: ['江苏省', '南京市'],
    areaCode: '025',
    mailTag: 'nj',
    talentBrand: '紫金山英才',
    landmarks: ['紫金', '钟山', '秦淮', '金陵', '玄武', '江北', '麒麟', '仙林', '河西', '雨花', '徐庄', '白下'],
    districts: [
      district('玄武区', '玄武', 32.052, 118.812, ['中山东路', '珠江路', '北京东路', '玄武大道', '龙蟠路'], { name: '南京市玄武区人民政府', stem: '玄政发' }),
      district('鼓楼区', '鼓楼', 32.068, 118.768, ['中山北路', '汉中路', '广州路', '湖南路', '江东北路'], { name: '南京市鼓楼区人民政府', stem: '鼓政发' }),
      district('秦淮区', '秦淮', 32.022, 118.800, ['中华路', '白下路', '龙蟠中路', '御道街', '光华路'], { name: '南京市秦淮区人民政府', stem: '秦政发' }),
      district('建邺区', '建邺', 32.004, 118.732, ['江东中路', '河西大街', '庐山路', '奥体大街', '嘉陵江东街'], { name: '南京市建邺区人民政府', stem: '建政发' }),
      district('栖霞区', '栖霞', 32.098, 118.884, ['仙林大道', '文苑路', '纬地路', '学海路'], { name: '南京市栖霞区人民政府', stem: '栖政发' }),
      district('雨花台区', '雨花', 31.992, 118.772, ['软件大道', '雨花大道', '凤集大道', '宁双路'], { name: '南京市雨花台区人民政府', stem: '雨政发' }),
      district('江宁区', '江宁', 31.958, 118.838, ['将军大道', '秣周东路', '天元东路', '诚信大道', '胜太路', '双龙大道'], { name: '南京市江宁区人民政府', stem: '江宁政发' }),
      district('浦口区', '江北', 32.092, 118.702, ['浦滨路', '星火路', '江淼路', '天浦路', '研创园路'], { name: '南京市浦口区人民政府', stem: '浦政发' }),
    ],
    universities: [
      '南京大学', '东南大学', '南京航空航天大学', '南京理工大学', '河海大学', '南京邮电大学', '南京工业大学', '南京信息工程大学',
      '南京医科大学', '中国药科大学', '南京师范大学',
    ],
    hospitals: ['南京鼓楼医院', '江苏省人民医院', '南京市第一医院', '江苏省中医院', '南京市儿童医院'],
    institutes: ['紫金山实验室', '江苏省产业技术研究院', '中国科学院南京天文光学技术研究所', '南京智能制造产业研究院'],
    issuers: jiangsuIssuers('南京市', '宁', ['宁政发', '宁政规']),
  },
  wuxi: {
    prefix: 'WX',
    cityShort: '无锡',
    scope: '无锡市',
    companyPrefixes: ['无锡', '江苏'],
    addressPrefix: '江苏省无锡市',
    labScopes: ['江苏省', '无锡市'],
    areaCode: '0510',
    mailTag: 'wx',
    talentBrand: '太湖人才',
    landmarks: ['太湖', '蠡湖', '梁溪', '锡山', '鸿山', '雪浪', '华庄', '清源', '贡湖', '太科'],
    districts: [
      district('滨湖区', '滨湖', 31.528, 120.282, ['蠡湖大道', '震泽路', '锦溪路', '建筑西路', '贡湖大道'], { name: '无锡市滨湖区人民政府', stem: '锡滨政发' }),
      district('梁溪区', '梁溪', 31.568, 120.298, ['人民中路', '解放南路', '中山路', '学前街', '广益路'], { name: '无锡市梁溪区人民政府', stem: '梁政发' }),
      district('新吴区', '新吴', 31.548, 120.362, ['长江路', '汉江路', '菱湖大道', '净慧东道', '新华路', '景贤路'], { name: '无锡市新吴区人民政府', stem: '新吴政发' }),
      district('锡山区', '锡山', 31.585, 120.352, ['锡沪路', '团结中路', '安镇大道', '友谊北路'], { name: '无锡市锡山区人民政府', stem: '锡锡政发' }),
    ],
    universities: ['江南大学', '无锡学院', '无锡职业技术学院'],
    hospitals: ['无锡市人民医院', '江南大学附属医院', '无锡市第二人民医院'],
    institutes: ['无锡市产业创新研究院', '芯光互连研究院', '中国船舶科学研究中心', '江苏省物联网技术研究院'],
    issuers: jiangsuIssuers('无锡市', '锡', ['锡政发', '锡政规']),
  },
  changzhou: {
    prefix: 'CZ',
    cityShort: '常州',
    scope: '常州市',
    companyPrefixes: ['常州', '江苏'],
    addressPrefix: '江苏省常州市',
    labScopes: ['江苏省', '常州市'],
    areaCode: '0519',
    mailTag: 'cz',
    talentBrand: '龙城英才',
    landmarks: ['龙城', '天宁', '武进', '西太湖', '滆湖', '钟楼', '新北', '常武', '青枫', '延陵'],
    districts: [
      district('天宁区', '天宁', 31.782, 119.982, ['延陵东路', '晋陵中路', '青洋北路', '竹林北路', '和平北路'], { name: '常州市天宁区人民政府', stem: '常天政发' }),
      district('钟楼区', '钟楼', 31.798, 119.912, ['勤业路', '怀德中路', '星港路', '玉龙南路'], { name: '常州市钟楼区人民政府', stem: '常钟政发' }),
      district('新北区', '新北', 31.832, 119.968, ['太湖东路', '汉江路', '通江中路', '长江北路', '龙锦路'], { name: '常州市新北区人民政府', stem: '常新政发' }),
      district('武进区', '武进', 31.708, 119.948, ['常武中路', '武宜路', '长虹路', '聚湖路', '滆湖路'], { name: '常州市武进区人民政府', stem: '武政发' }),
    ],
    universities: ['常州大学', '河海大学（常州校区）', '江苏理工学院', '常州工学院'],
    hospitals: ['常州市第一人民医院', '常州市第二人民医院', '常州市中医医院'],
    institutes: ['江苏省产业技术研究院智能制造技术研究所', '常州先进碳材料研究院', '常州市新能源产业技术研究院'],
    issuers: jiangsuIssuers('常州市', '常', ['常政发', '常政规']),
  },
  suzhou: {
    prefix: 'SZ',
    cityShort: '苏州',
    scope: '苏州市',
    companyPrefixes: ['苏州', '江苏'],
    addressPrefix: '江苏省苏州市',
    labScopes: ['江苏省', '苏州市'],
    areaCode: '0512',
    mailTag: 'sz',
    talentBrand: '姑苏创新创业领军人才',
    landmarks: ['姑苏', '金鸡湖', '独墅湖', '阳澄湖', '狮山', '太湖', '平江', '东沙湖', '沙湖', '浒墅关'],
    districts: [
      district('姑苏区', '姑苏', 31.312, 120.618, ['人民路', '干将路', '十梓街', '三香路', '苏站路'], { name: '苏州市姑苏区人民政府', stem: '姑苏府' }),
      district('苏州工业园区', '园区', 31.312, 120.702, ['星湖街', '若水路', '仁爱路', '金鸡湖大道', '苏虹东路', '东长路'], { name: '苏州工业园区管理委员会', stem: '苏园管' }),
      district('虎丘区', '狮山', 31.302, 120.532, ['狮山路', '竹园路', '长江路', '科灵路', '锦峰路'], { name: '苏州市虎丘区人民政府', stem: '苏高新管' }),
      district('吴中区', '吴中', 31.262, 120.628, ['东吴北路', '宝带东路', '吴中大道', '塔韵路'], { name: '苏州市吴中区人民政府', stem: '吴政发' }),
      district('相城区', '相城', 31.368, 120.642, ['相城大道', '澄阳路', '采莲路', '华元路'], { name: '苏州市相城区人民政府', stem: '相政发' }),
    ],
    universities: ['苏州大学', '苏州科技大学', '西交利物浦大学', '中国科学技术大学苏州高等研究院'],
    hospitals: ['苏州大学附属第一医院', '苏州大学附属第二医院', '苏州市立医院', '苏州大学附属儿童医院'],
    institutes: ['姑苏实验室', '中国科学院苏州纳米技术与纳米仿生研究所', '中国科学院苏州生物医学工程技术研究所', '苏州实验室'],
    issuers: jiangsuIssuers('苏州市', '苏', ['苏府', '苏府规字']),
  },
  nantong: {
    prefix: 'NT',
    cityShort: '南通',
    scope: '南通市',
    companyPrefixes: ['南通', '江苏'],
    addressPrefix: '江苏省南通市',
    labScopes: ['江苏省', '南通市'],
    areaCode: '0513',
    mailTag: 'nt',
    talentBrand: '江海英才',
    landmarks: ['江海', '濠河', '狼山', '崇川', '紫琅', '市北', '能达', '星湖'],
    districts: [
      district('崇川区', '崇川', 32.012, 120.862, ['工农路', '人民中路', '青年中路', '崇川路', '世纪大道'], { name: '南通市崇川区人民政府', stem: '崇政发' }),
      district('崇川区', '市北', 32.048, 120.852, ['永和路', '深南路', '银河路', '通京大道'], null),
      district('崇川区', '开发区', 31.958, 120.948, ['通盛大道', '星湖大道', '新开南路', '能达大道'], null),
      district('通州区', '通州', 32.052, 120.982, ['金霞路', '建设路', '世纪大道', '金沙镇南路'], { name: '南通市通州区人民政府', stem: '通州政发' }),
    ],
    universities: ['南通大学', '南通理工学院', '江苏工程职业技术学院'],
    hospitals: ['南通大学附属医院', '南通市第一人民医院', '南通市肿瘤医院'],
    institutes: ['南通市北生物医药和生命健康研究院', '南通先进通信技术研究院', '江苏省海洋工程装备研究院'],
    issuers: jiangsuIssuers('南通市', '通', ['通政发', '通政规']),
  },
  yangzhou: {
    prefix: 'YZ',
    cityShort: '扬州',
    scope: '扬州市',
    companyPrefixes: ['扬州', '江苏'],
    addressPrefix: '江苏省扬州市',
    labScopes: ['江苏省', '扬州市'],
    areaCode: '0514',
    mailTag: 'yz',
    talentBrand: '绿扬金凤',
    landmarks: ['绿扬', '广陵', '瘦西湖', '邗江', '运河', '维扬', '江都', '蜀冈'],
    districts: [
      district('广陵区', '广陵', 32.392, 119.438, ['文昌中路', '运河北路', '广陵路', '解放北路', '文昌东路'], { name: '扬州市广陵区人民政府', stem: '扬广政发' }),
      district('邗江区', '邗江', 32.378, 119.392, ['文昌西路', '扬子江北路', '邗江中路', '开发西路', '维扬路'], { name: '扬州市邗江区人民政府', stem: '扬邗政发' }),
      district('江都区', '江都', 32.422, 119.528, ['龙川路', '长江路', '仙城路', '舜天路'], { name: '扬州市江都区人民政府', stem: '江都政发' }),
    ],
    universities: ['扬州大学', '扬州市职业大学', '江苏旅游职业学院'],
    hospitals: ['苏北人民医院', '扬州大学附属医院', '扬州市中医院'],
    institutes: ['扬州市智能制造研究院', '扬州大学扬州（汽车）工程技术研究院', '中国科学院扬州应用技术研究所'],
    issuers: jiangsuIssuers('扬州市', '扬', ['扬府发', '扬府规']),
  },
  zhenjiang: {
    prefix: 'ZJ',
    cityShort: '镇江',
    scope: '镇江市',
    companyPrefixes: ['镇江', '江苏'],
    addressPrefix: '江苏省镇江市',
    labScopes: ['江苏省', '镇江市'],
    areaCode: '0511',
    mailTag: 'zj',
    talentBrand: '金山英才',
    landmarks: ['金山', '京口', '北固', '南山', '润州', '大禹山', '丹徒', '官塘'],
    districts: [
      district('京口区', '京口', 32.198, 119.478, ['中山东路', '学府路', '丁卯桥路', '禹山路', '梦溪路'], { name: '镇江市京口区人民政府', stem: '京政发' }),
      district('润州区', '润州', 32.198, 119.408, ['南徐大道', '金润大道', '长江路', '黄山南路'], { name: '镇江市润州区人民政府', stem: '润政发' }),
      district('丹徒区', '丹徒', 32.132, 119.432, ['谷阳大道', '镇荣公路', '宜城路'], { name: '镇江市丹徒区人民政府', stem: '徒政发' }),
    ],
    universities: ['江苏大学', '江苏科技大学', '镇江市高等专科学校'],
    hospitals: ['江苏大学附属医院', '镇江市第一人民医院', '镇江市中医院'],
    institutes: ['江苏大学镇江低空经济研究院', '镇江市新材料产业技术研究院', '镇江市高新技术产业研究院'],
    issuers: jiangsuIssuers('镇江市', '镇', ['镇政发', '镇政规']),
  },
  taizhou: {
    prefix: 'TZ',
    cityShort: '泰州',
    scope: '泰州市',
    companyPrefixes: ['泰州', '江苏'],
    addressPrefix: '江苏省泰州市',
    labScopes: ['江苏省', '泰州市'],
    areaCode: '0523',
    mailTag: 'tz',
    talentBrand: '凤城英才',
    landmarks: ['凤城', '海陵', '药城', '稻河', '溱湖', '高港', '姜堰', '天德湖'],
    districts: [
      district('海陵区', '海陵', 32.488, 119.918, ['鼓楼南路', '东风路', '青年南路', '海陵南路'], { name: '泰州市海陵区人民政府', stem: '泰海政发' }),
      district('高港区', '药城', 32.428, 119.992, ['药城大道', '济川东路', '凤凰东路', '陆家路'], { name: '泰州市高港区人民政府', stem: '泰高政发' }),
      district('高港区', '高港', 32.362, 119.892, ['口岸路', '通江路', '永安洲路'], null),
      district('姜堰区', '姜堰', 32.492, 120.048, ['人民西路', '罗塘路', '三水大道', '天目山路'], { name: '泰州市姜堰区人民政府', stem: '泰姜政发' }),
    ],
    universities: ['泰州学院', '南京理工大学泰州科技学院', '泰州职业技术学院'],
    hospitals: ['泰州市人民医院', '泰州市中医院', '泰州市第四人民医院'],
    institutes: ['中国医药城生物医药研究院', '泰州市产业技术研究院', '泰州市新能源产业技术研究院'],
    issuers: jiangsuIssuers('泰州市', '泰', ['泰政发', '泰政规']),
  },
};

// ---------------------------------------------------------------------------------------------
// Services and collaboration (金融服务, 人才交流, 成果展示, 合作清单, 技术经理人, 创新联合体)
// ---------------------------------------------------------------------------------------------

/**
 * Labels outside the new kinds' vocabularies, by field; records carry them as OTHER + tags[0]. (The
 * finance, talent and cooperation kinds' own labels are the keys of their OTHER themes.)
 */
export const OTHER_MATURITY_LABELS: readonly string[] = ['概念验证阶段', '工程化验证'];
export const OTHER_TRANSFER_MODE_LABELS: readonly string[] = ['技术服务', '委托开发'];
export const OTHER_CONSORTIUM_ROLE_LABELS: readonly string[] = ['理事长单位', '召集单位'];

export const FINANCE_TAGS: readonly string[] = ['沿沪宁', '联合授信', '首贷', '信用免抵押', '投早投小', '专精特新', '科技金融服务站', '贴息', '线上申请'];
export const TALENT_TAGS: readonly string[] = ['沿沪宁', '人才安居', '拎包入住', '跨省通办', '青年人才', '高层次人才', '一站式服务'];
export const ACHIEVEMENT_TAGS: readonly string[] = ['硬科技', '高价值专利', '概念验证', '首台套', '国产化', '产学研', 'InnoMatch', '可许可'];
export const COOPERATION_TAGS: readonly string[] = ['沿沪宁', '上海研发-江苏制造', '三张清单', '链式联盟', '一院一链', '跨区域协同', '长三角'];
export const MANAGER_TAGS: readonly string[] = ['沿沪宁技术经理人联盟', '全链条服务', '精准滴灌', '揭榜挂帅', '需求挖掘'];
export const CONSORTIUM_TAGS: readonly string[] = ['卡脖子', '沿沪宁', '产学研', '链主企业', '共定标准', '共享知识产权'];

/** Banks with branches in every member city. */
export const NATIONAL_BANKS: readonly string[] = [
  '中国工商银行', '中国农业银行', '中国银行', '中国建设银行', '交通银行', '招商银行', '兴业银行', '浦发银行', '中信银行', '宁波银行',
];
/** Banks of the province (by its Chinese name) that lend across it. */
export const PROVINCIAL_BANKS: Record<string, readonly string[]> = {
  上海市: ['上海银行', '上海农商银行'],
  江苏省: ['江苏银行', '南京银行', '苏州银行', '江苏紫金农村商业银行'],
};
export const INSURERS: readonly string[] = ['中国人民财产保险', '中国太平洋财产保险', '中国平安财产保险', '中国太平财产保险'];

export const TECH_MANAGER_LEVELS: readonly string[] = ['高级技术经理人', '中级技术经理人', '初级技术经理人'];
export const TECH_MANAGER_CERTIFICATES: readonly string[] = [
  '专利代理师', '高级工程师', '法律职业资格', '注册会计师', '技术合同登记员', '国家技术转移专业人员能力等级培训结业证书',
];
export const TECH_MANAGER_SERVICES: readonly string[] = [
  '需求挖掘', '成果评估', '技术交易撮合', '知识产权运营', '概念验证对接', '中试熟化对接', '投融资对接', '技术合同登记辅导',
  '揭榜挂帅方案辅导', '商业计划书打磨',
];
