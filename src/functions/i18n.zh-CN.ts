/**
 * Simplified Chinese text of the custom functions' metadata: one entry per function id, one per
 * parameter (by its metadata name). `label` is the parameter's Chinese name, shown at the start of
 * its help because parameter and function *names* stay in English in every locale, so a formula
 * typed in a Chinese Excel still works in an English one (see localize.ts).
 * Terms follow the seed article (备货, 头程, 入仓, 安全库存, 售罄率 …).
 */

/** One parameter: its Chinese name and help. */
export interface ParameterTranslation {
  label: string;
  help: string;
}

/** One function: its description and its parameters by metadata name. */
export interface FunctionTranslation {
  description: string;
  parameters: Record<string, ParameterTranslation>;
}

const demandArg: ParameterTranslation = {
  label: "需求历史或均值",
  help: '每日销量（一个区域，空白单元格表示未观测）；或一个数字：日均需求（仅适用于 method "percent"）。',
};
const leadTimeArgs: Record<string, ParameterTranslation> = {
  lead_time: { label: "交期天数", help: "交期（天）：供应商生产 + 头程运输 + 仓库入仓。" },
  service_level: {
    label: "服务水平",
    help: '每个补货周期不断货的概率，介于 0 和 1 之间，如 0.95（输入 95 或 95% 也按 0.95 计）。method 为 "percent" 时：预期需求的比例，如 0.15。',
  },
  lead_time_sd: { label: "交期标准差", help: "交期的标准差（天）。默认 0。" },
  review_period: { label: "盘点周期", help: "两次盘点/下单之间的天数。默认 0。" },
};
const landedArgs: Record<string, ParameterTranslation> = {
  unit_cost: { label: "采购单价", help: "供应商单价（采购币种；在 rates 中设置 fx_rate 可换算）。" },
  quantity: { label: "数量", help: "本批货物的件数。" },
  mode: {
    label: "运输方式",
    help: '头程方式："express"（快递）、"air"（空运）、"sea_lcl"（海运拼箱）或 "sea_fcl"（海运整柜）。',
  },
  unit_weight_kg: { label: "单件重量kg", help: "单件含包装毛重（千克）。" },
  unit_volume_cbm: { label: "单件体积cbm", help: "单件含包装体积（立方米，CBM）。" },
  duty_rate: { label: "关税税率", help: "该 HS 编码的进口关税税率（小数），如 0.05。" },
};

/** zh-CN metadata text by function id. */
export const FUNCTIONS_ZH_CN: Record<string, FunctionTranslation> = {
  FORECAST_PROMO: {
    description: "根据历史销量预测每个未来周期的需求，考虑大促影响。按未来周期逐个溢出结果。",
    parameters: {
      history: {
        label: "历史销量",
        help: "每期销量，从旧到新（一行或一列）。空白单元格表示未观测（断货）；0 表示没有卖出。",
      },
      promo_history: {
        label: "历史促销标记",
        help: "每个历史周期的促销标记（1/0）或力度，单元格数与历史销量相同。空白表示无促销。",
      },
      future_promo: {
        label: "未来促销标记",
        help: "每个未来周期的促销标记（每个单元格一个结果）；或一个数字：要预测的周期数。默认 1 期。",
      },
      season_length: {
        label: "季节周期",
        help: "每个季节周期包含的期数，如按日数据的周周期为 7。省略时自动识别。",
      },
      growth: { label: "增长率", help: "预期增长（小数），如 0.2 表示增长 20%。默认 0。" },
      level: {
        label: "区间概率",
        help: "下限/上限的中心区间概率，介于 0 和 1 之间（80 或 80% 按 0.8 计）。默认 0.8（上限即 P90）。",
      },
      side: {
        label: "返回序列",
        help: '"mean"（均值，默认）、"lower"（下限）或 "upper"（上限），也可写 均值/下限/上限。',
      },
      start_date: { label: "起始日期", help: "第一期历史数据的日期（仅限按日数据）；提供后可使用日历效应。" },
    },
  },
  PROMO_LIFT: {
    description: "估算促销提升倍数：促销期销量是可比正常期的多少倍。",
    parameters: {
      history: {
        label: "历史销量",
        help: "每期销量，从旧到新。空白单元格表示未观测（断货）；0 表示没有卖出。",
      },
      promo_history: {
        label: "历史促销标记",
        help: "每个历史周期的促销标记（1/0）或力度，单元格数与历史销量相同。",
      },
      season_length: {
        label: "季节周期",
        help: "在同一季节位置比较促销期与正常期，如按星期比较为 7。默认 1。",
      },
    },
  },
  SAFETY_STOCK: {
    description: "安全库存（件）：在选定服务水平下，用于应对需求和交期波动的额外库存。",
    parameters: {
      demand_history_or_mean: demandArg,
      ...leadTimeArgs,
      method: {
        label: "计算方法",
        help: '"statistical"（默认：z × 标准差）、"empirical"（历史需求分位数）或 "percent"（经验比例）。',
      },
    },
  },
  REORDER_POINT: {
    description: "再订货点（件）：库存降到此水平时补货（交期内需求 + 安全库存）。",
    parameters: {
      demand_history_or_mean: demandArg,
      ...leadTimeArgs,
      method: {
        label: "计算方法",
        help: '"statistical"（默认）、"empirical" 或 "percent"，与 SAFETY_STOCK 相同。',
      },
    },
  },
  LANDED_COST: {
    description: "一批货的综合到岸成本：采购、头程运费、关税、仓储与平台费用、退款准备金和应急预算。",
    parameters: {
      ...landedArgs,
      rates: {
        label: "费率表",
        help: "两列区域（费率名称、数值），覆盖默认费率，如 fx_rate、selling_price、commission_rate、return_rate、contingency_rate、import_vat_rate、air_rate_per_kg。",
      },
    },
  },
  LANDED_COST_BREAKDOWN: {
    description: "按成本项拆分的到岸成本：溢出两列（名称、金额），最后是合计和单件成本。",
    parameters: {
      ...landedArgs,
      rates: { label: "费率表", help: "两列区域（费率名称、数值），覆盖默认费率，与 LANDED_COST 相同。" },
    },
  },
  CHARGEABLE_WEIGHT: {
    description:
      "计费重量（千克）：实重与体积重取大（快递 5000、空运 6000 立方厘米/千克；海运 1 CBM = 1000 千克）。",
    parameters: {
      mode: landedArgs.mode,
      unit_weight_kg: landedArgs.unit_weight_kg,
      unit_volume_cbm: landedArgs.unit_volume_cbm,
      quantity: { label: "数量", help: "本批货物的件数。默认 1。" },
      divisor: { label: "体积重系数", help: "体积重换算系数（立方厘米/千克），如承运商使用其他系数时填写。" },
    },
  },
  ORDER_QTY: {
    description:
      "建议采购量：预测 + 安全库存 − 在库 − 在途，向上取整到整箱且不低于起订量（无需补货时为 0）。",
    parameters: {
      forecast_units: {
        label: "预测销量",
        help: "覆盖期内预计销量：一个数字，或一个区域（求和），如 FORECAST_PROMO 的溢出结果。",
      },
      safety_stock: { label: "安全库存", help: "安全库存件数（见 SAFETY_STOCK）。" },
      on_hand: { label: "在库数量", help: "目的仓已有的可售库存。默认 0。" },
      on_order: { label: "在途数量", help: "已下单或运输中的数量。默认 0。" },
      moq: { label: "起订量", help: "供应商最小起订量（件）。默认 0。" },
      case_pack: { label: "箱规", help: "每箱件数；采购量为整箱。默认 1。" },
    },
  },
  SHIP_BY: {
    description: "最晚发货日：为赶上入仓日期，货物最晚离厂的日期 = 入仓日期 − 运输天数 − 缓冲天数。",
    parameters: {
      inbound_date: {
        label: "入仓日期",
        help: "货物必须在仓库完成入仓的日期（平台入仓截止日，或大促日期）。",
      },
      mode: landedArgs.mode,
      transit_days: {
        label: "运输天数",
        help: "门到仓天数。默认按方式：快递 5、空运 10、海运拼箱 40、海运整柜 35。",
      },
      buffer_days: { label: "缓冲天数", help: "为入仓和收货延误预留的天数。默认 7。" },
    },
  },
  SELL_THROUGH: {
    description: "售罄率：销量 /（期初库存 + 入库量），介于 0 和 1 之间的小数。",
    parameters: {
      units_sold: { label: "销量", help: "期间内售出的件数。" },
      units_received: { label: "入库量", help: "期间内入库的件数。" },
      opening_units: { label: "期初库存", help: "期初在库件数。默认 0。" },
    },
  },
};
