// The text checker's public API, shared by the /check page (in the browser),
// the CLI and the tests.
export { checkText, compileRecord, type CheckResult, type CompiledRecord, type Finding, type Status } from "./engine";
export { buildRecord, type CheckRecord } from "./record";
export { summaryLine, reportText, toJsonReport } from "./report";
