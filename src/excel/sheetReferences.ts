// moved to src/plan (the CLI writer renames sheets with it too); kept here for the add-in's imports
export { renameSheetReferences } from "../plan/sheetReferences";
