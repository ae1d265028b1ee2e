// Placeholder until the ribbon commands land.
export {};
