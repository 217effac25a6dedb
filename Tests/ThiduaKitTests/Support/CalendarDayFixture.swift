import Core
import Tabular

@testable import ThiduaKit

/// Days written the short way in tests.
enum CalendarDayFixture {
  static func day(_ iso: String) -> CalendarDay { ValueParser.date(iso)! }
}
