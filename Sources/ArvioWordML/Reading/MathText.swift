import ArvioXML
import Foundation

/// An equation (OMML, `m:oMath`) as text in Word's linear form, the one Word shows when an
/// equation is switched to "Linear": "x=(-b±√(b^2-4ac))/(2a)" rather than the letters run
/// together ("x=-b±b2-4ac2a").
///
/// A fraction is "num/den", a power "base^sup", an index "base_sub"; an argument of more than
/// one letter, digit or name is put in parentheses ("x^(n+1)", "(2a)"), a single one is not
/// ("b^2", "a_n"). A root is "√(x)", "∛(x)", "∜(x)" or "√(n&x)"; a large operator is
/// "∑_(n=1)^∞▒…" (▒ joins the operator to what it applies to, as in Word); delimiters keep
/// their characters; arrays and matrices are written roughly as Word does ("■(a&b@c&d)").
enum MathText {
    static func linear(_ element: XMLElement) -> String {
        switch element.name {
        case "m:oMathPara":
            return element.children("m:oMath").map(linear).joined(separator: "\n")
        default:
            return content(element)
        }
    }

    /// The children of `element` one after another. A letter or digit right after a script or
    /// a fraction gets a space, or it would read as part of it ("a_n cos", "1/z dz").
    private static func content(_ element: XMLElement?) -> String {
        guard let element else { return "" }
        var result = ""
        var afterScript = false
        for child in element.childElements {
            let text = object(child)
            if afterScript, let first = text.first, first.isLetter || first.isNumber { result += " " }
            result += text
            if !text.isEmpty { afterScript = openEnded.contains(child.name) }
        }
        return result
    }

    /// Objects whose linear form ends in an argument a following letter would run into.
    private static let openEnded: Set<String> = ["m:sSup", "m:sSub", "m:sSubSup", "m:limLow", "m:limUpp", "m:f"]

    private static func object(_ element: XMLElement) -> String {
        func argument(_ name: String) -> String { content(element.child(name)) }
        func property(_ name: String) -> String? {
            guard let properties = element.firstElement, properties.name.hasSuffix("Pr") else { return nil }
            return properties.child(name)?.attribute("m:val")
        }
        func hidden(_ name: String) -> Bool { ["1", "on", "true"].contains(property(name) ?? "") }

        switch element.name {
        case "m:r", "w:r":
            var text = ""
            for child in element.childElements where child.name == "m:t" || child.name == "w:t" { text += child.text }
            return text
        case "m:f":
            let (numerator, denominator) = (argument("m:num"), argument("m:den"))
            // A fraction without a bar is a stack (a binomial coefficient): Word writes "(n¦k)".
            if property("m:type") == "noBar" { return "\(numerator)¦\(denominator)" }
            return grouped(numerator) + "/" + grouped(denominator)
        case "m:sSup":
            return argument("m:e") + "^" + grouped(argument("m:sup"))
        case "m:sSub":
            return argument("m:e") + "_" + grouped(argument("m:sub"))
        case "m:sSubSup":
            return argument("m:e") + "_" + grouped(argument("m:sub")) + "^" + grouped(argument("m:sup"))
        case "m:sPre":
            let sub = argument("m:sub"), sup = argument("m:sup")
            return "(" + (sub.isEmpty ? "" : "_" + grouped(sub)) + (sup.isEmpty ? "" : "^" + grouped(sup)) + ")" + argument("m:e")
        case "m:rad":
            let degree = hidden("m:degHide") ? "" : argument("m:deg")
            let radicand = argument("m:e")
            switch degree {
            case "": return "√(\(radicand))"
            case "3": return "∛(\(radicand))"
            case "4": return "∜(\(radicand))"
            default: return "√(\(degree)&\(radicand))"
            }
        case "m:d":
            let begin = property("m:begChr") ?? "(", end = property("m:endChr") ?? ")"
            let separator = property("m:sepChr") ?? "|"
            return begin + element.children("m:e").map(content).joined(separator: separator) + end
        case "m:nary":
            var result = property("m:chr") ?? "∫"
            if !hidden("m:subHide"), case let sub = argument("m:sub"), !sub.isEmpty { result += "_" + grouped(sub) }
            if !hidden("m:supHide"), case let sup = argument("m:sup"), !sup.isEmpty { result += "^" + grouped(sup) }
            return result + "▒" + grouped(argument("m:e"))
        case "m:func":
            let name = argument("m:fName"), body = argument("m:e")
            return body.hasPrefix("(") || body.hasPrefix("[") ? name + body : name + " " + body
        case "m:limLow":
            return argument("m:e") + "_" + grouped(argument("m:lim"))
        case "m:limUpp":
            return argument("m:e") + "^" + grouped(argument("m:lim"))
        case "m:acc":
            // The accent is a combining character: after a single letter it sits on it.
            return grouped(argument("m:e")) + (property("m:chr") ?? "\u{0302}")
        case "m:bar":
            return (property("m:pos") == "top" ? "¯" : "▁") + "(" + argument("m:e") + ")"
        case "m:groupChr":
            let character = property("m:chr") ?? "⏟"
            return character + "(" + argument("m:e") + ")"
        case "m:eqArr":
            let rows = element.children("m:e").map(content)
            return rows.count == 1 ? rows[0] : "█(" + rows.joined(separator: "@") + ")"
        case "m:m":
            let rows = element.children("m:mr").map { $0.children("m:e").map(content).joined(separator: "&") }
            return "■(" + rows.joined(separator: "@") + ")"
        case "m:box", "m:borderBox", "m:phant", "m:e", "m:oMath":
            return content(element.child("m:e") ?? element)
        default:
            // Properties (m:…Pr, w:rPr, m:ctrlPr) hold no text; unknown markup is read through.
            if element.name.hasSuffix("Pr") { return "" }
            return content(element)
        }
    }

    /// `text` as one argument: parenthesised unless it is one character, one number or one name.
    private static func grouped(_ written: String) -> String {
        let text = written.trimmingCharacters(in: .whitespaces)
        if text.count <= 1 || text.allSatisfy(\.isLetter) || text.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }) {
            return text
        }
        if isOneGroup(text) { return text }
        return "(" + text + ")"
    }

    /// "(…)" or "[…]" whose opening bracket closes only at the end.
    private static func isOneGroup(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last, (first == "(" && last == ")") || (first == "[" && last == "]") else {
            return false
        }
        var depth = 0
        for (index, character) in text.enumerated() {
            if character == first { depth += 1 } else if character == last { depth -= 1 }
            if depth == 0 && index < text.count - 1 { return false }
        }
        return true
    }
}
