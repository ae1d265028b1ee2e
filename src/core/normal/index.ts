export { normalPdf } from "./normalPdf";
export { normalCdf } from "./normalCdf";
export { normalInverse } from "./normalInverse";
export { normalLoss } from "./normalLoss";
export { zForFillRate } from "./zForFillRate";
export type { FillRateInput } from "./zForFillRate";
