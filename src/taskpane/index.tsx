// Placeholder until the task pane lands.
export {};
