import type { Disease } from './types.js';

/** Major diseases for concentrated treatment (23) [H 三.(二).2], in the plan's order. */
const MAJOR: ReadonlyArray<[string, string]> = [
  ['esophageal-cancer', '食道癌'],
  ['gastric-cancer', '胃癌'],
  ['colon-cancer', '结肠癌'],
  ['rectal-cancer', '直肠癌'],
  ['end-stage-renal-disease', '终末期肾病'],
  ['child-acute-lymphoblastic-leukemia', '儿童急性淋巴细胞白血病'],
  ['child-acute-promyelocytic-leukemia', '儿童急性早幼粒细胞白血病'],
  ['child-atrial-septal-defect', '儿童先天性心脏病房间隔缺损'],
  ['child-ventricular-septal-defect', '儿童先天性心脏病室间隔缺损'],
  ['lung-cancer', '肺癌'],
  ['breast-cancer', '乳腺癌'],
  ['cervical-cancer', '宫颈癌'],
  ['pneumoconiosis', '尘肺'],
  ['liver-cancer', '肝癌'],
  ['acute-myocardial-infarction', '急性心肌梗死'],
  ['cataract', '白内障'],
  ['neuroblastoma', '神经母细胞瘤'],
  ['child-lymphoma', '儿童淋巴瘤'],
  ['osteosarcoma', '骨肉瘤'],
  ['hemophilia', '血友病'],
  ['thalassemia', '地中海贫血'],
  ['cleft-lip-palate', '唇腭裂'],
  ['hypospadias', '尿道下裂'],
];

/** Chronic diseases for the signed delivery service (30) [H 三.(二).4], in the plan's order. */
const CHRONIC: ReadonlyArray<[string, string]> = [
  ['tuberculosis', '结核病'],
  ['mental-disorder', '精神障碍性疾病'],
  ['stroke-sequelae', '脑卒中后遗症'],
  ['liver-cirrhosis', '肝硬化'],
  ['renal-failure-dialysis', '肾衰透析'],
  ['cancer-radio-chemotherapy', '恶性肿瘤放化疗'],
  ['hemophilia', '血友病'],
  ['post-transplant-anti-rejection', '器官移植后抗排斥治疗'],
  ['post-stent-anticoagulation', '血管支架术后抗凝治疗'],
  ['aplastic-anemia', '再生障碍性贫血'],
  ['ankylosing-spondylitis', '强直性脊柱炎'],
  ['sjogren-syndrome', '干燥综合症'],
  ['systemic-lupus-erythematosus', '系统性红斑狼疮'],
  ['diabetes', '糖尿病'],
  ['femoral-head-necrosis', '股骨头坏死'],
  ['epilepsy', '癫痫'],
  ['copd', '慢性阻塞性肺疾病'],
  ['pulmonary-heart-disease', '肺心病'],
  ['parkinsonism', '帕金森氏综合症'],
  ['nephrotic-syndrome', '肾病综合症'],
  ['coronary-heart-disease-cardiac-insufficiency', '冠心病(合并心功能不全)'],
  ['rheumatic-heart-disease-cardiac-insufficiency', '风心病(合并心功能不全)'],
  ['cardiomyopathy-cardiac-insufficiency', '心肌病(合并心功能不全)'],
  ['hypertension', '高血压病'],
  ['idiopathic-thrombocytopenic-purpura', '特发性血小板减少性紫癜'],
  ['bronchial-asthma', '支气管哮喘'],
  ['brucellosis', '布鲁氏杆菌病'],
  ['chronic-active-hepatitis', '慢性活动性肝炎'],
  ['myasthenia-gravis', '重症肌无力'],
  ['aids', '艾滋病'],
];

export const DISEASES: readonly Disease[] = [
  ...MAJOR.map(([code, name]) => ({ code, name, list: 'major' as const })),
  ...CHRONIC.map(([code, name]) => ({ code, name, list: 'chronic' as const })),
];

export const MAJOR_DISEASE_CODES = MAJOR.map(([c]) => c) as [string, ...string[]];
export const CHRONIC_DISEASE_CODES = CHRONIC.map(([c]) => c) as [string, ...string[]];
