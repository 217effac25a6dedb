/// Runs the whole reading path of a data file over arbitrary bytes: encoding
/// detection and decoding, CSV parsing, header folding and every value parser
/// on every field. The fuzzer (`make fuzz`) calls it with generated inputs and
/// the regression tests with the inputs it once crashed on; a located
/// `Diagnostic` is a fine answer, a crash or a hang is a bug.
public enum ReaderProbe {
  /// Returns how many fields were read (0 when the bytes were refused with a diagnostic).
  @discardableResult
  public static func read(_ bytes: [UInt8], file: String = "de_nghi.csv") -> Int {
    do {
      let (utf8, encoding) = try TextDecoder.decode(bytes, file: file)
      let document = try CSVReader.parse(utf8: utf8, file: file, encoding: encoding)
      var fields = 0
      for cell in document.header { _ = Fold.key(cell) }
      for record in document.records {
        for field in record.fields {
          fields += 1
          _ = Fold.key(field)
          _ = ValueParser.date(field)
          _ = ValueParser.month(field)
          _ = ValueParser.integer(field)
          _ = ValueParser.decimal(field)
          _ = ValueParser.yesNo(field)
        }
      }
      return fields
    } catch {
      return 0
    }
  }
}
