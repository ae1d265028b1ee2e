// moved to src/plan (the CLI stores its plan state packed too); kept here for the add-in's imports
export { packInputs, unpackInputs, type PackedInputs } from "../plan/packInputs";
