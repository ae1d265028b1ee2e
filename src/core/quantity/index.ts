export { orderQuantity, DEFAULT_CASE_PACK, DEFAULT_MOQ } from "./orderQuantity";
export type { OrderQuantityInput, OrderQuantityResult } from "./orderQuantity";
export { splitBatches, DEFAULT_BULK_MODE, DEFAULT_TOP_UP_MODE } from "./splitBatches";
export type { BatchReason, SplitBatchesInput, Batch, SplitBatchesResult } from "./splitBatches";
