/**
 * The purchase-currency decision lives in ../plan/purchaseCurrency, so the task pane decides it
 * the same way (the layer rule keeps the pane out of src/cli); the CLI's imports stay here.
 */
export * from "../plan/purchaseCurrency";
