import Core
import Tabular
import XCTest

@testable import ThiduaKit

/// Header folding and the value forms of DATA.md.
final class ReadValueTests: XCTestCase {
  func testFoldKey() {
    XCTAssertEqual(Fold.key("Mã đơn vị"), "ma_don_vi")
    XCTAssertEqual(Fold.key("MA DON VI"), "ma_don_vi")
    XCTAssertEqual(Fold.key("ma_don_vi"), "ma_don_vi")
    XCTAssertEqual(Fold.key("Cá nhân"), "ca_nhan")
    XCTAssertEqual(Fold.key("CA_NHAN"), "ca_nhan")
    XCTAssertEqual(Fold.key("H'Mông"), "h_mong")
    XCTAssertEqual(Fold.key("Tháng 6/2025"), "thang_6_2025")
    XCTAssertEqual(Fold.key("ĐÃ KHEN THƯỞNG"), "da_khen_thuong")
    XCTAssertEqual(Fold.key("  --Đề nghị--  "), "de_nghi")
    XCTAssertEqual(Fold.key("Hộ gia đình"), "ho_gia_dinh")
    XCTAssertEqual(Fold.key("Khối"), "khoi")
    XCTAssertEqual(Fold.key("cụm"), "cum")
    XCTAssertEqual(Fold.key("Trung ương"), "trung_uong")
    XCTAssertEqual(Fold.key("Số người tham gia (người)"), "so_nguoi_tham_gia_nguoi")
    // Decomposed input folds the same as precomposed.
    XCTAssertEqual(Fold.key("Ma\u{0303} đơn vi\u{0323}"), "ma_don_vi")
    XCTAssertEqual(Fold.key("campaign_id"), "campaign_id")
    XCTAssertEqual(Fold.key(""), "")
    XCTAssertEqual(Fold.key("✓"), "")
  }

  func testDate() {
    func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDay { CalendarDay(year: y, month: m, day: d)! }
    XCTAssertEqual(ValueParser.date("15/06/2025"), day(2025, 6, 15))
    XCTAssertEqual(ValueParser.date("5/6/2025"), day(2025, 6, 5))
    XCTAssertEqual(ValueParser.date("15-06-2025"), day(2025, 6, 15))
    XCTAssertEqual(ValueParser.date("15.06.2025"), day(2025, 6, 15))
    XCTAssertEqual(ValueParser.date("2025-06-15"), day(2025, 6, 15))
    XCTAssertEqual(ValueParser.date("29/02/2024"), day(2024, 2, 29))
    XCTAssertNil(ValueParser.date("31/02/2025"))
    XCTAssertNil(ValueParser.date("29/02/2025"))
    XCTAssertNil(ValueParser.date("31/04/2025"))
    XCTAssertNil(ValueParser.date("15/13/2025"))
    XCTAssertNil(ValueParser.date("00/06/2025"))
    XCTAssertNil(ValueParser.date("15/06/25"))
    XCTAssertNil(ValueParser.date("15/06-2025"))
    XCTAssertNil(ValueParser.date("2025/06/15"))
    XCTAssertNil(ValueParser.date("2025-06"))
    XCTAssertNil(ValueParser.date("abc"))
    XCTAssertNil(ValueParser.date(""))
    XCTAssertNil(ValueParser.date("15/06/2025 extra"))
  }

  func testMonth() {
    func month(_ y: Int, _ m: Int) -> CalendarMonth { CalendarMonth(year: y, month: m)! }
    XCTAssertEqual(ValueParser.month("06/2025"), month(2025, 6))
    XCTAssertEqual(ValueParser.month("6/2025"), month(2025, 6))
    XCTAssertEqual(ValueParser.month("2025-06"), month(2025, 6))
    XCTAssertEqual(ValueParser.month("Tháng 6/2025"), month(2025, 6))
    XCTAssertEqual(ValueParser.month("thang 06/2025"), month(2025, 6))
    XCTAssertEqual(ValueParser.month("THÁNG 12/2025"), month(2025, 12))
    XCTAssertEqual(ValueParser.month("T6/2025"), month(2025, 6))
    XCTAssertEqual(ValueParser.month("Tháng 6 năm 2025"), month(2025, 6))
    XCTAssertNil(ValueParser.month("13/2025"))
    XCTAssertNil(ValueParser.month("0/2025"))
    XCTAssertNil(ValueParser.month("2025-13"))
    XCTAssertNil(ValueParser.month("15/06/2025"))
    XCTAssertNil(ValueParser.month("abc"))
    XCTAssertNil(ValueParser.month(""))
    XCTAssertNil(ValueParser.month("Tháng 2025-06"))
  }

  func testInteger() {
    XCTAssertEqual(ValueParser.integer("1234"), 1234)
    XCTAssertEqual(ValueParser.integer("1.234"), 1234)
    XCTAssertEqual(ValueParser.integer("1 234"), 1234)
    XCTAssertEqual(ValueParser.integer("1\u{A0}234"), 1234)
    XCTAssertEqual(ValueParser.integer("1.234.567"), 1_234_567)
    XCTAssertEqual(ValueParser.integer("-5"), -5)
    XCTAssertEqual(ValueParser.integer("+5"), 5)
    XCTAssertEqual(ValueParser.integer("0"), 0)
    XCTAssertNil(ValueParser.integer("12abc"))
    XCTAssertNil(ValueParser.integer("1.23"))
    XCTAssertNil(ValueParser.integer("1,5"))
    XCTAssertNil(ValueParser.integer("1,234"))
    XCTAssertNil(ValueParser.integer("1.2345"))
    XCTAssertNil(ValueParser.integer("1234.567"))
    XCTAssertNil(ValueParser.integer("1..234"))
    XCTAssertNil(ValueParser.integer("1.234 567"))
    XCTAssertNil(ValueParser.integer("abc"))
    XCTAssertNil(ValueParser.integer(""))
    XCTAssertNil(ValueParser.integer("-"))
    XCTAssertNil(ValueParser.integer("99999999999999999999"))
  }

  func testDecimal() {
    XCTAssertEqual(ValueParser.decimal("12,5")?.description, "12.5")
    XCTAssertEqual(ValueParser.decimal("12.5")?.description, "12.5")
    XCTAssertEqual(ValueParser.decimal("1.234,5")?.description, "1234.5")
    XCTAssertEqual(ValueParser.decimal("1 234,5")?.description, "1234.5")
    XCTAssertEqual(ValueParser.decimal("1.234")?.description, "1234")
    XCTAssertEqual(ValueParser.decimal("0,25")?.description, "0.25")
    XCTAssertEqual(ValueParser.decimal("0.250")?.description, "0.25")
    XCTAssertEqual(ValueParser.decimal("1234.567")?.description, "1234.567")
    XCTAssertEqual(ValueParser.decimal("1,234")?.description, "1.234")
    XCTAssertEqual(ValueParser.decimal("1,234.5")?.description, "1234.5")
    XCTAssertEqual(ValueParser.decimal("1.234.567,89")?.description, "1234567.89")
    XCTAssertEqual(ValueParser.decimal("-0,5")?.description, "-0.5")
    XCTAssertEqual(ValueParser.decimal("42")?.description, "42")
    // Exact: the sum of DATA.md, and figures a binary fraction cannot hold.
    XCTAssertEqual((ValueParser.decimal("12,5")! + ValueParser.decimal("0,1")!).description, "12.6")
    XCTAssertEqual((ValueParser.decimal("2,55")! + ValueParser.decimal("1,35")!).description, "3.9")
    XCTAssertEqual(ValueParser.decimal("0,125")?.description, "0.125")
    XCTAssertEqual(ValueParser.decimal("1,000000000")?.description, "1")
    XCTAssertNil(ValueParser.decimal("0,0000000001"), "more than nine decimals")
    XCTAssertNil(ValueParser.decimal("99999999999999999999"), "more than 18 digits")
    XCTAssertNil(ValueParser.decimal("abc"))
    XCTAssertNil(ValueParser.decimal(""))
    XCTAssertNil(ValueParser.decimal("1,2,3"))
    XCTAssertNil(ValueParser.decimal("12,"))
    XCTAssertNil(ValueParser.decimal(",5"))
    XCTAssertNil(ValueParser.decimal("1.23,5"))
    XCTAssertNil(ValueParser.decimal("1,5.234,5"))
    XCTAssertNil(ValueParser.decimal("12,5%"))
  }

  func testYesNo() {
    for yes in ["có", "Có", "CÓ", "x", "X", "1", "yes", "Yes", "TRUE", "true", "✓"] {
      XCTAssertEqual(ValueParser.yesNo(yes), true, yes)
    }
    for no in ["", "không", "Không", "KHONG", "0", "no", "NO", "false", "False"] {
      XCTAssertEqual(ValueParser.yesNo(no), false, no)
    }
    for neither in ["abc", "2", "có lẽ", "-"] {
      XCTAssertNil(ValueParser.yesNo(neither), neither)
    }
  }
}
