/** Realistic Chinese personal names for demo data. */
import type { Sex } from "@zhijiao/domain";
import { WeightedTable, type Random } from "./random.ts";
import { weights } from "./text-tables.ts";

/**
 * Surnames in Guangdong, weights roughly per mille of the population (陈 leads; 梁, 林, 冯,
 * 麦, 邝, 区, 谭, 卢 are more common than nationally; 庄, 洪, 翁 come from Chaoshan).
 */
const guangdongSurnames = weights(`
  陈 105 李 75 黄 65 张 50 梁 40 林 38 刘 36 吴 32 罗 28 何 26 郑 23 杨 22
  谢 20 周 18 钟 18 曾 17 邓 17 冯 16 许 15 蔡 15 王 15 叶 14 卢 13 朱 13
  苏 12 潘 12 彭 11 赖 11 余 10 谭 9 郭 9 邱 9 方 9 庄 9 肖 9 廖 9
  徐 9 胡 8 唐 7 莫 6 温 6 袁 6 黎 6 赵 6 高 6 麦 5 马 5 伍 5
  江 5 洪 5 曹 5 邹 5 关 4 孙 4 宋 4 蒋 4 姚 4 陆 4 欧 3 邝 3
  严 3 甘 3 汤 3 戴 3 范 3 魏 3 沈 3 韩 3 杜 3 石 3 田 3 董 3
  区 2 霍 2 巫 2 丘 2 颜 2 翁 2 傅 2 侯 2 熊 2 龙 2 岑 2 骆 2
  古 2 柯 2 欧阳 2 司徒 1 容 1 利 1 练 1 植 1 简 1 崔 1 邵 1 孔 1
`);

/** Surnames nationally (for people registered outside Guangdong), per mille. */
const nationalSurnames = weights(`
  王 71 李 70 张 67 刘 54 陈 46 杨 31 黄 22 赵 20 吴 20 周 19 徐 13 孙 12
  马 11 朱 11 胡 10 郭 10 何 9 林 9 罗 8 高 8 梁 7 郑 7 谢 6 宋 6
  唐 6 许 6 韩 5 冯 5 邓 5 曹 5 彭 5 曾 5 肖 4 田 4 董 4 袁 4
  潘 4 于 4 蒋 4 蔡 3 余 3 杜 3 叶 3 程 3 魏 3 苏 3 吕 3 丁 3
  任 3 沈 3 姚 3 卢 3 姜 3 崔 3 钟 3 谭 3 陆 2 汪 2 范 2 金 2
  石 2 廖 2 贾 2 夏 2 韦 2 付 2 方 2 白 2 邹 2 孟 2 熊 2 秦 2
  邱 2 江 2 尹 2 薛 2 闫 2 段 2 雷 2 侯 2 龙 2 史 2 陶 2 黎 1
  贺 1 顾 1 毛 1 郝 1 龚 1 邵 1 万 1 覃 1 武 1 戴 1 莫 1 向 1
`);

type Generation = "older" | "middle" | "younger";

/** Given-name characters by sex and generation: fashions changed from 建国 to 子轩. */
const givenCharacterText: Record<Sex, Record<Generation, string>> = {
  male: {
    older: "建国明华伟军平强志荣海林辉文永德新生金光胜利庆福贵成忠良富祥兴全发雄汉基锦才炳",
    middle: "伟杰涛斌勇超鹏峰磊波健亮锋俊浩宇晓东彬凯冬军辉华明强志刚毅飞龙家嘉振永智文锐权",
    younger: "浩宇轩子梓俊杰豪鑫博涛晨锐睿铭嘉泽文昊航宏星振烨楷霖然柏弘逸朗骏皓熙栋煜",
  },
  female: {
    older: "红秀英兰芳珍玉凤琼梅娟霞桂萍丽华燕群琴月仙妹爱莲彩银金好娇容",
    middle: "丽燕玲婷静敏娜倩琳莉雪萍颖慧洁丹佳晶艳琴芳霞红欣美思晓小秋春云翠",
    younger: "欣雨涵诗婷琪怡萱颖悦嘉思雅晴佳梦钰彤倩妍芷若琳瑶蕾璐菲梓晨语",
  },
};

const givenCharacters = {
  male: splitPools(givenCharacterText.male),
  female: splitPools(givenCharacterText.female),
};

function splitPools(pools: Record<Generation, string>): Record<Generation, string[]> {
  return {
    older: Array.from(pools.older),
    middle: Array.from(pools.middle),
    younger: Array.from(pools.younger),
  };
}

const guangdongTable = new WeightedTable(guangdongSurnames);
const nationalTable = new WeightedTable(nationalSurnames);

function generation(birthYear: number): Generation {
  if (birthYear < 1972) return "older";
  if (birthYear < 1994) return "middle";
  return "younger";
}

export interface NameOptions {
  sex: Sex;
  birthYear: number;
  /** Registered in Guangdong (local surname frequencies) or elsewhere (national). */
  guangdong: boolean;
}

/** A surname and a 1- or 2-character given name fitting the person's sex and generation. */
export function chineseName(rng: Random, { sex, birthYear, guangdong }: NameOptions): string {
  const surname = (guangdong ? guangdongTable : nationalTable).draw(rng);
  const gen = generation(birthYear);
  const pool = givenCharacters[sex][gen];
  // Single-character given names were common among older people, rare among the young.
  const single = gen === "older" ? 0.35 : gen === "middle" ? 0.22 : 0.1;
  if (rng.chance(single) && surname.length === 1) return surname + rng.pick(pool);
  const first = rng.pick(pool);
  let second = rng.pick(pool);
  // Reduplicated names (婷婷, 丽丽) exist, mostly for women; otherwise draw a different character.
  if (second === first && !(sex === "female" && rng.chance(0.3))) second = rng.pick(pool);
  return surname + first + second;
}
