/// Word's default bullets by list level — •, o, ▪, then again — which is what most list
/// paragraphs in the templates show, and what a Markdown bullet becomes.
enum StandardBullets {
    static let byLevel = ["•", "o", "▪"]

    static func label(level: Int) -> String { byLevel[max(level, 0) % byLevel.count] }
}
