// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "thidua",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "thidua", targets: ["thidua"]),
    .library(name: "ThiduaKit", targets: ["ThiduaKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    // Tests only: reads back the XLSX files we write (an XLSX is a zip of XML).
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
  ],
  targets: [
    // libxlsxwriter from Debian's libxlsxwriter-dev, found through pkg-config.
    .systemLibrary(
      name: "CXlsxWriter",
      pkgConfig: "xlsxwriter",
      providers: [.apt(["libxlsxwriter-dev"])]
    ),
    // zlib (Debian's zlib1g-dev): the CRC combination, reading deflate streams back,
    // finding where each deflated piece's last block starts, and inflating input workbooks.
    .systemLibrary(name: "CZlibRaw", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
    // libdeflate (Debian's libdeflate-dev), for deflating long streamed sheets on every core.
    .systemLibrary(name: "CLibdeflate", pkgConfig: "libdeflate", providers: [.apt(["libdeflate-dev"])]),
    // The one Swift wrapper that owns every libxlsxwriter pointer.
    .target(name: "XLSX", dependencies: ["CXlsxWriter", "CZlibRaw", "CLibdeflate"]),
    // What every step shares: the calendar day, the trace, running two things at once, the
    // clock. Depends on nothing, so reading and checking need not import the renderers.
    .target(name: "Core"),
    // The Table value and its renderers (CSV, XLSX). Knows nothing of campaigns.
    .target(name: "Tabular", dependencies: ["Core", "XLSX"]),
    // read → check → aggregate; builds Tables from a data folder.
    .target(
      name: "ThiduaKit",
      dependencies: ["Core", "Tabular", "CZlibRaw", .product(name: "TOMLKit", package: "TOMLKit")]
    ),
    // The command line: only wires ThiduaKit together.
    .executableTarget(
      name: "thidua",
      dependencies: ["Core", "ThiduaKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
    ),
    // libFuzzer target for the reader (`make fuzz`); a plain build makes an input replayer.
    .executableTarget(name: "ThiduaFuzz", dependencies: ["Core", "ThiduaKit"]),
    // Test helpers shared by the test targets: reads back the XLSX and CSV we write.
    .target(
      name: "TestSupport",
      dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
      path: "Tests/TestSupport"
    ),
    .testTarget(
      name: "TabularTests",
      dependencies: [
        "Core", "Tabular", "XLSX", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    .testTarget(
      name: "ThiduaKitTests",
      dependencies: ["Core", "ThiduaKit", "Tabular", "TestSupport"],
      resources: [.copy("Fixtures")]
    ),
  ],
  swiftLanguageModes: [.v5]
)
