// Placeholder until the custom functions land.
export {};
