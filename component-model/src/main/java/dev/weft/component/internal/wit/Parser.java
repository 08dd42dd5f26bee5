package dev.weft.component.internal.wit;

import dev.weft.component.internal.wit.Ast.*;
import dev.weft.component.internal.wit.Token.Kind;
import dev.weft.component.wit.Stability;
import dev.weft.component.wit.WitFunction;
import dev.weft.component.wit.WitType;
import java.util.ArrayList;
import java.util.List;

/** Parses one WIT file into an {@link Ast.File} (syntax only; names are resolved later). */
public final class Parser {
    /** Deeper type nesting is refused rather than risking the Java stack. */
    private static final int MAX_TYPE_DEPTH = 100;

    private final Lexer lexer;
    private final Source source;
    private Token lookahead;

    private Parser(Source source) {
        this.source = source;
        this.lexer = new Lexer(source);
    }

    public static Ast.File parse(Source source) {
        return new Parser(source).file();
    }

    // ---- files and packages

    private Ast.File file() {
        PackageDecl main = null;
        List<TopItem> items = new ArrayList<>();
        List<NestedPackage> nested = new ArrayList<>();
        boolean first = true;
        while (peek().kind() != Kind.EOF) {
            String docs = peek().docs();
            if (peek().isKeyword("package")) {
                Token kw = next();
                PackageDecl decl = packageDecl(kw, docs);
                if (first && peek().kind() == Kind.SEMICOLON) {
                    next();
                    main = decl;
                } else {
                    expect(Kind.LBRACE);
                    nested.add(new NestedPackage(decl, packageBody()));
                }
            } else {
                items.add(topItem());
            }
            first = false;
        }
        return new Ast.File(source, main, items, nested);
    }

    private PackageDecl packageDecl(Token kw, String docs) {
        Ident ns = ident();
        expect(Kind.COLON);
        Ident name = ident();
        String version = peek().kind() == Kind.AT ? version() : null;
        return new PackageDecl(ns.name(), name.name(), version, docs, ns.pos());
    }

    private List<TopItem> packageBody() {
        List<TopItem> items = new ArrayList<>();
        while (peek().kind() != Kind.RBRACE) {
            if (peek().isKeyword("package")) {
                next();
                throw at(peek(), "nested packages must be placed at the top-level");
            }
            if (peek().kind() == Kind.EOF) throw expected("'}'");
            items.add(topItem());
        }
        next();
        return items;
    }

    private TopItem topItem() {
        String docs = peek().docs();
        Stability gate = gate();
        if (docs == null) docs = peek().docs();
        Token t = peek();
        if (t.isKeyword("interface")) {
            next();
            Ident name = ident();
            return new Interface(name, docs, gate, interfaceBody());
        }
        if (t.isKeyword("world")) {
            next();
            Ident name = ident();
            return world(name, docs, gate);
        }
        if (t.isKeyword("use")) {
            next();
            UsePath path = usePath();
            Ident alias = null;
            if (peek().isKeyword("as")) {
                next();
                alias = ident();
            }
            expect(Kind.SEMICOLON);
            return new TopUse(path, alias);
        }
        throw expected("`world`, `interface` or `use`");
    }

    // ---- interfaces

    private List<InterfaceItem> interfaceBody() {
        expect(Kind.LBRACE);
        List<InterfaceItem> items = new ArrayList<>();
        while (peek().kind() != Kind.RBRACE) items.add(interfaceItem());
        next();
        return items;
    }

    private InterfaceItem interfaceItem() {
        String docs = peek().docs();
        Stability gate = gate();
        if (docs == null) docs = peek().docs();
        Token t = peek();
        if (t.isKeyword("use")) return use(gate);
        TypeDecl type = typeDecl(docs, gate);
        if (type != null) return type;
        if (t.kind() == Kind.ID && !t.isKeyword()) {
            Ident name = ident();
            expect(Kind.COLON);
            FuncType ft = funcType();
            expect(Kind.SEMICOLON);
            return new FuncDecl(name, docs, gate, ft);
        }
        throw expected("`type`, `resource` or `func`");
    }

    private Use use(Stability gate) {
        next();
        UsePath path = usePath();
        expect(Kind.DOT);
        expect(Kind.LBRACE);
        List<UseName> names = new ArrayList<>();
        while (peek().kind() != Kind.RBRACE) {
            Ident name = ident();
            Ident alias = null;
            if (peek().isKeyword("as")) {
                next();
                alias = ident();
            }
            names.add(new UseName(name, alias));
            if (peek().kind() != Kind.COMMA) break;
            next();
        }
        expect(Kind.RBRACE);
        expect(Kind.SEMICOLON);
        return new Use(gate, path, names);
    }

    /** A type definition item, or null when the next token does not start one. */
    private TypeDecl typeDecl(String docs, Stability gate) {
        Token t = peek();
        if (t.kind() != Kind.ID || t.escaped()) return null;
        switch (t.text()) {
            case "type" -> {
                next();
                Ident name = ident();
                expect(Kind.EQUALS);
                Ast.Type target = type(0);
                expect(Kind.SEMICOLON);
                return new TypeDecl(name, docs, gate, new AliasBody(target));
            }
            case "record" -> {
                next();
                Ident name = ident();
                expect(Kind.LBRACE);
                List<Field> fields = new ArrayList<>();
                while (peek().kind() != Kind.RBRACE) {
                    String fdocs = peek().docs();
                    Ident f = ident();
                    expect(Kind.COLON);
                    fields.add(new Field(f, fdocs, type(0)));
                    if (peek().kind() != Kind.COMMA) break;
                    next();
                }
                expect(Kind.RBRACE);
                return new TypeDecl(name, docs, gate, new RecordBody(fields));
            }
            case "variant" -> {
                next();
                Ident name = ident();
                expect(Kind.LBRACE);
                List<Case> cases = new ArrayList<>();
                while (peek().kind() != Kind.RBRACE) {
                    String cdocs = peek().docs();
                    Ident c = ident();
                    Ast.Type payload = null;
                    if (peek().kind() == Kind.LPAREN) {
                        next();
                        payload = type(0);
                        expect(Kind.RPAREN);
                    }
                    cases.add(new Case(c, cdocs, payload));
                    if (peek().kind() != Kind.COMMA) break;
                    next();
                }
                expect(Kind.RBRACE);
                if (cases.isEmpty()) throw name.pos().error("empty variant");
                return new TypeDecl(name, docs, gate, new VariantBody(cases));
            }
            case "enum", "flags" -> {
                next();
                Ident name = ident();
                List<Ident> cases = identList();
                if (t.text().equals("enum")) {
                    if (cases.isEmpty()) throw name.pos().error("empty enum");
                    return new TypeDecl(name, docs, gate, new EnumBody(cases));
                }
                return new TypeDecl(name, docs, gate, new FlagsBody(cases));
            }
            case "resource" -> {
                next();
                Ident name = ident();
                List<ResourceFunc> funcs = new ArrayList<>();
                if (peek().kind() == Kind.SEMICOLON) {
                    next();
                } else {
                    expect(Kind.LBRACE);
                    while (peek().kind() != Kind.RBRACE) funcs.add(resourceFunc());
                    next();
                }
                return new TypeDecl(name, docs, gate, new ResourceBody(funcs));
            }
            default -> {
                return null;
            }
        }
    }

    private List<Ident> identList() {
        expect(Kind.LBRACE);
        List<Ident> out = new ArrayList<>();
        while (peek().kind() != Kind.RBRACE) {
            out.add(ident());
            if (peek().kind() != Kind.COMMA) break;
            next();
        }
        expect(Kind.RBRACE);
        return out;
    }

    private ResourceFunc resourceFunc() {
        String docs = peek().docs();
        Stability gate = gate();
        if (docs == null) docs = peek().docs();
        Token t = peek();
        if (t.isKeyword("constructor")) {
            next();
            Ident name = new Ident("constructor", pos(t));
            List<Param> params = params();
            Ast.Type result = null;
            if (peek().kind() == Kind.ARROW) {
                next();
                result = type(0);
            }
            expect(Kind.SEMICOLON);
            return new ResourceFunc(name, docs, gate, WitFunction.Kind.CONSTRUCTOR,
                    new FuncType(false, params, result, pos(t)));
        }
        if (t.kind() != Kind.ID || t.isKeyword()) throw expected("`constructor` or identifier");
        Ident name = ident();
        expect(Kind.COLON);
        WitFunction.Kind kind = WitFunction.Kind.METHOD;
        if (peek().isKeyword("static")) {
            next();
            kind = WitFunction.Kind.STATIC;
        }
        FuncType ft = funcType();
        expect(Kind.SEMICOLON);
        return new ResourceFunc(name, docs, gate, kind, ft);
    }

    private FuncType funcType() {
        Token start = peek();
        boolean isAsync = false;
        if (start.isKeyword("async")) {
            next();
            isAsync = true;
        }
        expectKeyword("func");
        List<Param> params = params();
        Ast.Type result = null;
        if (peek().kind() == Kind.ARROW) {
            next();
            result = type(0);
        }
        return new FuncType(isAsync, params, result, pos(start));
    }

    private List<Param> params() {
        expect(Kind.LPAREN);
        List<Param> params = new ArrayList<>();
        while (peek().kind() != Kind.RPAREN) {
            Ident name = ident();
            expect(Kind.COLON);
            params.add(new Param(name, type(0)));
            if (peek().kind() != Kind.COMMA) break;
            next();
        }
        expect(Kind.RPAREN);
        return params;
    }

    // ---- worlds

    private World world(Ident name, String docs, Stability gate) {
        expect(Kind.LBRACE);
        List<Ast.WorldItem> items = new ArrayList<>();
        while (peek().kind() != Kind.RBRACE) items.add(worldItem());
        next();
        return new World(name, docs, gate, items);
    }

    private Ast.WorldItem worldItem() {
        String docs = peek().docs();
        Stability gate = gate();
        if (docs == null) docs = peek().docs();
        Token t = peek();
        if (t.isKeyword("use")) return use(gate);
        if (t.isKeyword("import") || t.isKeyword("export")) {
            next();
            return importExport(t.text().equals("export"), docs, gate);
        }
        if (t.isKeyword("include")) {
            next();
            UsePath path = usePath();
            List<IncludeName> with = new ArrayList<>();
            if (peek().isKeyword("with")) {
                next();
                expect(Kind.LBRACE);
                while (peek().kind() != Kind.RBRACE) {
                    Ident from = ident();
                    expectKeyword("as");
                    with.add(new IncludeName(from, ident()));
                    if (peek().kind() != Kind.COMMA) break;
                    next();
                }
                expect(Kind.RBRACE);
                if (peek().kind() == Kind.SEMICOLON) next();
            } else {
                expect(Kind.SEMICOLON);
            }
            return new Include(gate, path, with);
        }
        TypeDecl type = typeDecl(docs, gate);
        if (type != null) return type;
        throw expected("`import`, `export`, `include`, `use`, or type");
    }

    private ImportExport importExport(boolean export, String docs, Stability gate) {
        Token firstToken = peek();
        Ident first = ident();
        if (peek().kind() != Kind.COLON) {
            return new ImportExport(export, null, docs, gate, new PathExtern(endPath(new LocalPath(first))));
        }
        Token colon = next();
        Token t = peek();
        if (firstToken.end() == colon.start() && colon.end() == t.start() && t.kind() == Kind.ID && !t.isKeyword()) {
            // `a:b` written without spaces is a package name (spec: lexed as one token), never `label: iface`.
            return new ImportExport(export, null, docs, gate, new PathExtern(endPath(foreignPath(first, ident()))));
        }
        if (t.isKeyword("func") || t.isKeyword("async")) {
            FuncType ft = funcType();
            expect(Kind.SEMICOLON);
            return new ImportExport(export, first, docs, gate, new FuncExtern(ft));
        }
        if (t.isKeyword("interface")) {
            next();
            return new ImportExport(export, first, docs, gate, new InlineInterface(interfaceBody(), pos(t)));
        }
        Ident second = ident();
        if (peek().kind() == Kind.SLASH) {
            // `import ns:pkg/iface;`: the first name was the namespace, not a label.
            return new ImportExport(export, null, docs, gate, new PathExtern(endPath(foreignPath(first, second))));
        }
        UsePath path = new LocalPath(second);
        if (peek().kind() == Kind.COLON) {
            next();
            path = foreignPath(second, ident());
        }
        return new ImportExport(export, first, docs, gate, new PathExtern(endPath(path)));
    }

    private UsePath endPath(UsePath path) {
        expect(Kind.SEMICOLON);
        return path;
    }

    private UsePath usePath() {
        Ident first = ident();
        if (peek().kind() != Kind.COLON) return new LocalPath(first);
        next();
        return foreignPath(first, ident());
    }

    /** The rest of {@code ns:pkg/name@version} once {@code ns} and {@code pkg} are read. */
    private ForeignPath foreignPath(Ident ns, Ident pkg) {
        expect(Kind.SLASH);
        Ident name = ident();
        String version = peek().kind() == Kind.AT ? version() : null;
        return new ForeignPath(ns.name(), pkg.name(), name, version, ns.pos());
    }

    // ---- gates

    private Stability gate() {
        String since = null;
        String feature = null;
        String deprecated = null;
        while (peek().kind() == Kind.AT) {
            next();
            Token attr = next();
            if (attr.kind() != Kind.ID) throw at(attr, "expected an attribute name, found " + attr.describe());
            switch (attr.text()) {
                case "since" -> {
                    if (since != null) throw at(attr, "duplicate @since attribute");
                    since = versionField();
                }
                case "unstable" -> {
                    if (feature != null) throw at(attr, "duplicate @unstable attribute");
                    expect(Kind.LPAREN);
                    Token key = next();
                    if (key.kind() != Kind.ID || !key.text().equals("feature")) {
                        throw at(key, "expected `feature`, found " + quoted(key));
                    }
                    expect(Kind.EQUALS);
                    feature = ident().name();
                    expect(Kind.RPAREN);
                }
                case "deprecated" -> {
                    if (deprecated != null) throw at(attr, "duplicate @deprecated attribute");
                    deprecated = versionField();
                }
                case "external-id" -> {
                    // Only names the item for the outside world; nothing in the resolved model depends on it.
                    expect(Kind.LPAREN);
                    Token s = next();
                    if (s.kind() != Kind.STRING) throw at(s, "expected a string, found " + s.describe());
                    expect(Kind.RPAREN);
                }
                default -> throw at(attr, "unknown attribute `" + attr.text() + "`");
            }
        }
        if (since != null && feature != null) {
            throw at(peek(), "an item cannot be both @since and @unstable");
        }
        if (since == null && feature == null && deprecated == null) return Stability.UNKNOWN;
        return new Stability(since, feature, deprecated);
    }

    private String versionField() {
        expect(Kind.LPAREN);
        Token key = peek();
        if (key.kind() != Kind.ID && key.kind() != Kind.STRING) {
            throw at(key, "expected an identifier or string, found " + key.describe());
        }
        next();
        if (!key.text().equals("version")) throw at(key, "expected `version`, found " + quoted(key));
        expect(Kind.EQUALS);
        String v = versionAt();
        expect(Kind.RPAREN);
        return v;
    }

    private static String quoted(Token t) {
        return t.kind() == Kind.ID ? "`" + t.text() + "`" : t.describe();
    }

    private String version() {
        expect(Kind.AT);
        return versionAt();
    }

    private String versionAt() {
        Token t = peek();
        if (t.kind() != Kind.INTEGER) throw expected("a version");
        String v = lexer.version(t.start());
        lookahead = null;
        return v;
    }

    // ---- types

    private Ast.Type type(int depth) {
        Token t = peek();
        if (depth > MAX_TYPE_DEPTH) throw at(t, "type nesting too deep");
        Pos pos = pos(t);
        if (t.kind() == Kind.ID && !t.escaped()) {
            WitType.Primitive prim = primitive(t.text());
            if (prim != null) {
                next();
                return new Primitive(prim, pos);
            }
            switch (t.text()) {
                case "list" -> {
                    next();
                    expect(Kind.LT);
                    Ast.Type element = type(depth + 1);
                    int length = -1;
                    if (peek().kind() == Kind.COMMA) {
                        next();
                        Token n = peek();
                        if (n.kind() != Kind.INTEGER) throw at(n, "expected fixed-length, found " + n.describe());
                        next();
                        try {
                            length = Integer.parseInt(n.text());
                        } catch (NumberFormatException e) {
                            throw at(n, "fixed-length list size is too large");
                        }
                        if (length == 0) throw at(n, "fixed-length lists must have at least one element");
                    }
                    expect(Kind.GT);
                    return new ListOf(element, length, pos);
                }
                case "option" -> {
                    next();
                    expect(Kind.LT);
                    Ast.Type some = type(depth + 1);
                    expect(Kind.GT);
                    return new OptionOf(some, pos);
                }
                case "result" -> {
                    next();
                    if (peek().kind() != Kind.LT) return new ResultOf(null, null, pos);
                    next();
                    Ast.Type ok = null;
                    if (peek().kind() == Kind.UNDERSCORE) {
                        next();
                        expect(Kind.COMMA);
                        Ast.Type err = type(depth + 1);
                        expect(Kind.GT);
                        return new ResultOf(null, err, pos);
                    }
                    ok = type(depth + 1);
                    Ast.Type err = null;
                    if (peek().kind() == Kind.COMMA) {
                        next();
                        err = type(depth + 1);
                    }
                    expect(Kind.GT);
                    return new ResultOf(ok, err, pos);
                }
                case "tuple" -> {
                    next();
                    expect(Kind.LT);
                    List<Ast.Type> elements = new ArrayList<>();
                    while (peek().kind() != Kind.GT) {
                        elements.add(type(depth + 1));
                        if (peek().kind() != Kind.COMMA) break;
                        next();
                    }
                    expect(Kind.GT);
                    return new TupleOf(elements, pos);
                }
                case "map" -> {
                    next();
                    expect(Kind.LT);
                    Ast.Type key = type(depth + 1);
                    expect(Kind.COMMA);
                    Ast.Type value = type(depth + 1);
                    expect(Kind.GT);
                    return new MapOf(key, value, pos);
                }
                case "borrow", "own" -> {
                    next();
                    expect(Kind.LT);
                    Ident r = ident();
                    expect(Kind.GT);
                    return new Handle(r, t.text().equals("borrow"), pos);
                }
                case "future", "stream" -> {
                    next();
                    Ast.Type payload = null;
                    if (peek().kind() == Kind.LT) {
                        next();
                        payload = type(depth + 1);
                        expect(Kind.GT);
                    }
                    return t.text().equals("future") ? new FutureOf(payload, pos) : new StreamOf(payload, pos);
                }
                default -> { }
            }
        }
        if (t.kind() == Kind.ID && !t.isKeyword()) return new Named(ident());
        throw expected("a type");
    }

    private static WitType.Primitive primitive(String word) {
        return switch (word) {
            case "bool" -> WitType.Primitive.BOOL;
            case "u8" -> WitType.Primitive.U8;
            case "u16" -> WitType.Primitive.U16;
            case "u32" -> WitType.Primitive.U32;
            case "u64" -> WitType.Primitive.U64;
            case "s8" -> WitType.Primitive.S8;
            case "s16" -> WitType.Primitive.S16;
            case "s32" -> WitType.Primitive.S32;
            case "s64" -> WitType.Primitive.S64;
            case "f32" -> WitType.Primitive.F32;
            case "f64" -> WitType.Primitive.F64;
            case "char" -> WitType.Primitive.CHAR;
            case "string" -> WitType.Primitive.STRING;
            case "error-context" -> WitType.Primitive.ERROR_CONTEXT;
            default -> null;
        };
    }

    // ---- tokens

    private Ident ident() {
        Token t = peek();
        if (t.kind() != Kind.ID || t.isKeyword()) throw at(t, "expected an identifier or string, found " + t.describe());
        next();
        String problem = Identifiers.kebabProblem(t.text());
        if (problem != null) throw at(t, "`" + t.text() + "` is not a valid identifier: " + problem);
        return new Ident(t.text(), pos(t));
    }

    private Token peek() {
        if (lookahead == null) lookahead = lexer.next();
        return lookahead;
    }

    private Token next() {
        Token t = peek();
        lookahead = null;
        return t;
    }

    private void expect(Kind kind) {
        if (peek().kind() != kind) throw expected("'" + Token.symbol(kind) + "'");
        next();
    }

    private void expectKeyword(String word) {
        if (!peek().isKeyword(word)) throw expected("keyword `" + word + "`");
        next();
    }

    private RuntimeException expected(String what) {
        return at(peek(), "expected " + what + ", found " + peek().describe());
    }

    private RuntimeException at(Token t, String reason) { return source.error(t.start(), reason); }

    private Pos pos(Token t) { return new Pos(source, t.start()); }
}
