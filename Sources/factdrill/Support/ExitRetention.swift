/// Values deliberately never freed: the command is about to exit, and the kernel takes
/// back the whole address space at once, faster than freeing a hundred thousand objects.
enum ExitRetention {
    private final class Box<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    static func keep<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Box(value))
    }
}
