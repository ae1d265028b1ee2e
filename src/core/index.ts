/**
 * StockUp calculation core: the public API. Pure TypeScript, no Office, DOM or Node imports.
 * Custom functions, the task pane, the plan builder and the CLI all compute through here.
 */
export { InputError, OutOfRangeError, InsufficientDataError } from "./errors";
export * from "./forecast/index";
