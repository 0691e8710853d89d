import Foundation
import Yams

/// A bound on what YAML aliases may expand a bank to. An alias costs one line but is
/// decoded as a full copy of its anchor: `accept: *big` on 10,000 items made a 917 KB
/// file decode 1.65 GB in 66 s. Past `limit(forBytes:)` the bank is refused, so reading
/// one stays linear in its size however its aliases are arranged.
enum YAMLExpansion {
    /// Content (scalar bytes, plus one per node) a bank of this many bytes may expand
    /// to: aliases may repeat it several times over, never without end.
    static func limit(forBytes bytes: Int) -> Int {
        8 * bytes + (1 << 20)
    }

    /// - Throws: `QuizBankError.invalid` at the item (or the document) that goes past the limit.
    static func check(_ root: Node, limit: Int, path: String) throws {
        var remaining = limit
        func fail(at node: Node) -> QuizBankError {
            .invalid(path: path, line: node.mark?.line, column: node.mark?.column,
                     message: "aliases expand this bank past \(String(format: "%.1f", Double(limit) / 1_048_576)) MB (8 times its size, plus 1 MB); write the repeated part out or share less")
        }
        guard let mapping = root.mapping, let items = mapping["items"]?.sequence else {
            if !spend(root, from: &remaining) { throw fail(at: root) }
            return
        }
        for (key, value) in mapping where key.string != "items" {
            if !spend(value, from: &remaining) { throw fail(at: value) }
        }
        for item in items where !spend(item, from: &remaining) {
            throw fail(at: item)
        }
    }

    /// Takes the node's expanded size from `remaining`; false, having stopped early,
    /// when that runs out.
    private static func spend(_ node: Node, from remaining: inout Int) -> Bool {
        var pending = [node]
        while let next = pending.popLast() {
            remaining -= 1
            switch next {
            case .scalar(let scalar): remaining -= scalar.string.utf8.count
            case .sequence(let sequence): pending.append(contentsOf: sequence)
            case .mapping(let mapping):
                for (key, value) in mapping {
                    pending.append(key)
                    pending.append(value)
                }
            case .alias: break
            }
            if remaining < 0 { return false }
        }
        return true
    }
}
