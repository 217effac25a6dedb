import Foundation

extension Commands {
  /// The campaigns named on the command line as indices of `data.campaigns`, in the order
  /// named and each once; every campaign when none is named. Nil, with the message and
  /// exit status 2 set, for an id the folder does not have: `report` and `tong-hop` both
  /// refuse it the same way, before anything is built.
  static func chooseCampaigns(_ ids: [String], in data: DataSet, into outcome: inout RunOutcome) -> [Int]? {
    if ids.isEmpty { return Array(data.campaigns.indices) }
    var chosen: [Int] = []
    for id in ids {
      guard let i = data.campaignIndex(id: id) else {
        let known = data.campaigns.map(\.id).joined(separator: ", ")
        outcome.stderr.append("thidua: không có phong trào \"\(id)\" trong phong_trao.csv (có: \(known))")
        outcome.exitCode = 2
        return nil
      }
      if !chosen.contains(i) { chosen.append(i) }
    }
    return chosen
  }
}
