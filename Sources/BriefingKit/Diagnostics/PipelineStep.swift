/// The named steps of a run, so progress output and errors say where they belong.
public enum PipelineStep: String, Sendable, Hashable, Codable, CaseIterable {
  case loadConfig = "load configuration"
  case ingest = "read articles"
  case extract = "extract key facts"
  case select = "select stories"
  case render = "render briefing"
  case write = "write files"
  case deliver = "deliver briefing"
  case schedule = "schedule runs"
}
