// Placeholder until the forecasting module lands; re-exported by ../index.ts.
export {};
