import Foundation
// TEMPORARY: tuning aid, removed before merge.
extension MainText {
    func debugDump() {
        guard ProcessInfo.processInfo.environment["FD_DEBUG"] != nil else { return }
        var out = ""
        for block in blocks where block.characterCount >= 40 {
            var chain: [String] = []
            var node = block.owner
            while node > 0 { let n = tree.nodes[node]; chain.append((Furniture.kind(n) == .hard ? "**" : Furniture.kind(n) == .soft ? "*" : "") + n.tag + (n.classAndID.isEmpty ? "" : "." + n.classAndID.prefix(60).replacingOccurrences(of: " ", with: "."))); node = n.parent }
            out += "\(block.isFurniture ? "F" : " ") \(isReading(block) ? "R" : " ") \(block.characterCount) ld=\(String(format: "%.2f", block.linkDensity)) [\(chain.reversed().suffix(12).joined(separator: " > "))] \(block.text.prefix(60))\n"
        }
        if let body = bodyElement() { out += "BODY \(body) \(tree.nodes[body].tag) \(tree.nodes[body].classAndID)\n" }
        FileHandle.standardError.write(out.data(using: .utf8)!)
    }
}
