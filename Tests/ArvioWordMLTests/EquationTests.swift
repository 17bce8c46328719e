import Testing
@testable import ArvioWordML

/// Equations (OMML) read in Word's linear form. Hand-written OMML, one construct at a time,
/// and docling's equations.docx, whose equations.md beside it gives each one in LaTeX.
@Suite struct EquationTests {
    static func math(_ omml: String) throws -> [String] {
        let document = try MiniDocx.read(body: "<w:p>\(omml)</w:p>")
        return TreeWalk(document.body).inlines.compactMap { if case .math(let text) = $0 { text } else { nil } }
    }

    static func r(_ text: String) -> String { "<m:r><m:t>\(text)</m:t></m:r>" }
    static func sup(_ base: String, _ sup: String) -> String {
        "<m:sSup><m:sSupPr><m:ctrlPr><w:rPr><w:i/></w:rPr></m:ctrlPr></m:sSupPr><m:e>\(base)</m:e><m:sup>\(sup)</m:sup></m:sSup>"
    }

    /// The issue's example, as Word writes it: x = (−b ± √(b² − 4ac)) / 2a.
    @Test func quadraticFormula() throws {
        let omml = "<m:oMathPara><m:oMath>" + Self.r("x=") + "<m:f><m:fPr/><m:num>" + Self.r("-b±")
            + "<m:rad><m:radPr><m:degHide m:val=\"1\"/></m:radPr><m:deg/><m:e>" + Self.sup(Self.r("b"), Self.r("2")) + Self.r("-4ac")
            + "</m:e></m:rad></m:num><m:den>" + Self.r("2a") + "</m:den></m:f></m:oMath></m:oMathPara>"
        #expect(try Self.math(omml) == ["x=(-b±√(b^2-4ac))/(2a)"])
    }

    @Test func fractions() throws {
        #expect(try Self.math("<m:oMath><m:f><m:num>\(Self.r("1"))</m:num><m:den>\(Self.r("2"))</m:den></m:f></m:oMath>") == ["1/2"])
        #expect(try Self.math("<m:oMath><m:f><m:num>\(Self.r("a+b"))</m:num><m:den>\(Self.r("c"))</m:den></m:f></m:oMath>") == ["(a+b)/c"])
        // A fraction without a bar is a stack (binomial coefficient), inside its delimiters.
        #expect(try Self.math("<m:oMath><m:d><m:e><m:f><m:fPr><m:type m:val=\"noBar\"/></m:fPr><m:num>\(Self.r("n"))</m:num>"
                              + "<m:den>\(Self.r("k"))</m:den></m:f></m:e></m:d></m:oMath>") == ["(n¦k)"])
    }

    @Test func powersAndIndices() throws {
        #expect(try Self.math("<m:oMath>" + Self.sup(Self.r("b"), Self.r("2")) + "</m:oMath>") == ["b^2"])
        #expect(try Self.math("<m:oMath>" + Self.sup(Self.r("x"), Self.r("n+1")) + "</m:oMath>") == ["x^(n+1)"])
        #expect(try Self.math("<m:oMath><m:sSub><m:e>\(Self.r("x"))</m:e><m:sub>\(Self.r("i"))</m:sub></m:sSub></m:oMath>") == ["x_i"])
        #expect(try Self.math("<m:oMath><m:sSubSup><m:e>\(Self.r("N"))</m:e><m:sub>\(Self.r("s"))</m:sub><m:sup>\(Self.r("H"))</m:sup>"
                              + "</m:sSubSup></m:oMath>") == ["N_s^H"])
    }

    @Test func roots() throws {
        #expect(try Self.math("<m:oMath><m:rad><m:radPr><m:degHide m:val=\"1\"/></m:radPr><m:deg/><m:e>\(Self.r("x"))</m:e></m:rad></m:oMath>")
            == ["√(x)"])
        #expect(try Self.math("<m:oMath><m:rad><m:deg>\(Self.r("3"))</m:deg><m:e>\(Self.r("x"))</m:e></m:rad></m:oMath>") == ["∛(x)"])
        #expect(try Self.math("<m:oMath><m:rad><m:deg>\(Self.r("n"))</m:deg><m:e>\(Self.r("x"))</m:e></m:rad></m:oMath>") == ["√(n&x)"])
    }

    @Test func delimitersOperatorsFunctionsAndMatrices() throws {
        let bracket = "<m:oMath><m:d><m:dPr><m:begChr m:val=\"[\"/><m:sepChr m:val=\",\"/><m:endChr m:val=\"]\"/></m:dPr>"
            + "<m:e>\(Self.r("a"))</m:e><m:e>\(Self.r("b"))</m:e></m:d></m:oMath>"
        #expect(try Self.math(bracket) == ["[a,b]"])
        let sum = "<m:oMath><m:nary><m:naryPr><m:chr m:val=\"∑\"/></m:naryPr><m:sub>\(Self.r("i=1"))</m:sub><m:sup>\(Self.r("n"))</m:sup>"
            + "<m:e>\(Self.r("i"))</m:e></m:nary></m:oMath>"
        #expect(try Self.math(sum) == ["∑_(i=1)^n▒i"])
        let integral = "<m:oMath><m:nary><m:naryPr><m:subHide m:val=\"1\"/><m:supHide m:val=\"1\"/></m:naryPr><m:sub/><m:sup/>"
            + "<m:e>\(Self.r("f(x)dx"))</m:e></m:nary></m:oMath>"
        #expect(try Self.math(integral) == ["∫▒(f(x)dx)"])
        #expect(try Self.math("<m:oMath><m:func><m:fName>\(Self.r("sin"))</m:fName><m:e>\(Self.r("x"))</m:e></m:func></m:oMath>") == ["sin x"])
        let matrix = "<m:oMath><m:m><m:mr><m:e>\(Self.r("a"))</m:e><m:e>\(Self.r("b"))</m:e></m:mr>"
            + "<m:mr><m:e>\(Self.r("c"))</m:e><m:e>\(Self.r("d"))</m:e></m:mr></m:m></m:oMath>"
        #expect(try Self.math(matrix) == ["■(a&b@c&d)"])
    }

    /// Corpora/external/docling/equations.docx; the LaTeX from equations.md beside each.
    @Test func corpusEquations() throws {
        let document = try DocxReader.read(SeedCorpus.repositoryRoot.appendingPathComponent("Corpora/external/docling/equations.docx").path)
        let equations = TreeWalk(document.body).inlines.compactMap { if case .math(let text) = $0 { text } else { nil } }
        #expect(equations.count == 27)
        let expected = [
            "A=πr^2",                                     // A= \pi r^{2}
            "E=mc^2",                                     // E=mc^{2}
            "a^2+b^2=c^2",                                // a^{2}+b^{2}=c^{2}
            "(1+x)^n=1+nx/(1!)+(n(n-1)x^2)/(2!)+…",       // \left(1+x\right)^{n}=1+\frac{nx}{1!}+\frac{n\left(n-1\right)x^{2}}{2!}+…
            "N_s^H",                                      // N_{s}^{H}
            "∑_0^2▒x",                                    // \sum_{0}^{2}x
            "∏_(k=1)^n▒(A_k)",                            // \prod_{k=1}^{n}A_{k}
            "(x+a)^n=∑_(k=0)^n▒((n¦k)x^k a^(n-k))",       // \left(x+a\right)^{n}=\sum_{k=0}^{n}\left(\genfrac{}{}{0pt}{}{n}{k}\right)x^{k}a^{n-k}
        ]
        for equation in expected {
            #expect(equations.contains { $0.trimmingCharacters(in: .whitespaces) == equation }, "\(equation) in \(equations)")
        }
    }
}
