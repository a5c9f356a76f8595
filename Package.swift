// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "briefing",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "BriefingKit", targets: ["BriefingKit"]),
    .executable(name: "briefing", targets: ["briefing"]),
  ],
  dependencies: [
    .package(url: "https://github.com/jpsim/Yams.git", exact: "6.2.2"),
    .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
    .package(url: "https://github.com/apple/swift-log.git", exact: "1.16.2"),
  ],
  targets: [
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]
    ),
    .target(name: "HTMLCore", dependencies: ["CLibXML2"]),
    .target(
      name: "BriefingKit",
      dependencies: [
        "HTMLCore",
        .product(name: "Yams", package: "Yams"),
        .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
    .executableTarget(
      name: "briefing",
      dependencies: [
        "BriefingKit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
    .testTarget(
      name: "BriefingKitTests",
      dependencies: ["BriefingKit", "HTMLCore"],
      resources: [.copy("Fixtures"), .copy("Golden")]
    ),
  ],
  swiftLanguageModes: [.v6]
)
