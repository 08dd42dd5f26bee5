package dev.weft.engine.internal.text;

import java.math.BigInteger;

/**
 * Parses the text format's numeric literals: integers (decimal/hex, with '_' separators) and
 * floats (decimal, hex, inf, nan, nan:0x...), rounding floats to nearest-even exactly.
 * Lexically bad literals are "unknown operator" (as the spec's lexer reports reserved tokens);
 * well-formed ones that do not fit are "constant out of range".
 */
public final class NumberLiterals {
    private NumberLiterals() {}

    private static final BigInteger TEN = BigInteger.TEN;

    /** True if {@code s} is lexically an integer or float literal (the spec lexer's num/int/float). */
    public static boolean isNumberSyntax(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
        if (s.startsWith("inf", i)) return i + 3 == n;
        if (s.startsWith("nan", i)) {
            if (i + 3 == n) return true;
            if (!s.startsWith(":0x", i + 3)) return false;
            int j = digitsEnd(s, i + 6, true);
            return j > i + 6 && j == n;
        }
        boolean hex = s.startsWith("0x", i);
        if (hex) i += 2;
        int j = digitsEnd(s, i, hex);
        if (j == i) return false;
        i = j;
        if (i < n && s.charAt(i) == '.') i = digitsEnd(s, i + 1, hex);
        if (i == n) return true;
        char e = s.charAt(i);
        if (hex ? e != 'p' && e != 'P' : e != 'e' && e != 'E') return false;
        i++;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
        j = digitsEnd(s, i, false);
        return j > i && j == n;
    }

    /** End of {@code digit ('_'? digit)*} starting at {@code i} ({@code i} itself if there is no digit). */
    private static int digitsEnd(String s, int i, boolean hex) {
        int n = s.length();
        if (i >= n || !isDigit(s.charAt(i), hex)) return i;
        i++;
        while (i < n) {
            char c = s.charAt(i);
            if (isDigit(c, hex)) {
                i++;
            } else if (c == '_' && i + 1 < n && isDigit(s.charAt(i + 1), hex)) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isDigit(char c, boolean hex) {
        return (c >= '0' && c <= '9') || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
    }

    /**
     * Fast path for the common small literal: plain digits (no '_'), decimal up to 18 digits or
     * hex up to 15; returns -1 when the slow exact path is needed.
     */
    private static long smallNat(String s, int from) {
        boolean hex = s.startsWith("0x", from);
        int start = hex ? from + 2 : from;
        int len = s.length() - start;
        if (len <= 0 || len > (hex ? 15 : 18)) return -1;
        long v = 0;
        for (int i = start; i < s.length(); i++) {
            int d = Character.digit(s.charAt(i), hex ? 16 : 10);
            if (d < 0 || s.charAt(i) > 'f') return -1;
            v = v * (hex ? 16 : 10) + d;
        }
        return v;
    }

    /** Digits with optional single underscores between them; returns them without '_' or null. */
    private static String digits(String s, boolean hex) {
        if (s.isEmpty()) return null;
        StringBuilder b = new StringBuilder(s.length());
        boolean lastDigit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (!lastDigit) return null;
                lastDigit = false;
            } else if (hex ? Character.digit(c, 16) >= 0 && c < 0x80 : c >= '0' && c <= '9') {
                b.append(c);
                lastDigit = true;
            } else {
                return null;
            }
        }
        return lastDigit ? b.toString() : null;
    }

    /**
     * Stands in for an integer literal with more significant digits than {@link #MAX_INT_DIGITS}: it
     * exceeds every wasm integer type anyway, and parsing it exactly would take time quadratic in its length.
     */
    private static final BigInteger TOO_LARGE = BigInteger.ONE.shiftLeft(256);
    private static final int MAX_INT_DIGITS = 64;

    /**
     * Parses an unsigned integer literal (no sign) or returns null if it is not one. A literal too long
     * for any wasm integer type may come back as a stand-in that is just as much out of range.
     */
    public static BigInteger parseNat(String s) {
        boolean hex = s.startsWith("0x");
        String d = digits(hex ? s.substring(2) : s, hex);
        if (d == null) return null;
        d = withoutLeadingZeros(d);
        if (d.length() > MAX_INT_DIGITS) return TOO_LARGE;
        return new BigInteger(d, hex ? 16 : 10);
    }

    private static String withoutLeadingZeros(String d) {
        int z = 0;
        while (z < d.length() - 1 && d.charAt(z) == '0') z++;
        return d.substring(z);
    }

    /**
     * The significant digits of a float's significand, cut to {@code keep} digits plus one sticky digit
     * (1 if any digit cut off is nonzero, else 0) when longer; {@code cut[0]} receives how many digits were
     * dropped. The value then rounds exactly as the full literal does: no rounding boundary of the format
     * has more than {@code keep} significant digits, so none lies between the two.
     */
    private static String significand(String d, int keep, long[] cut) {
        d = withoutLeadingZeros(d);
        cut[0] = 0;
        if (d.length() <= keep + 1) return d;
        boolean sticky = false;
        for (int i = keep; i < d.length() && !sticky; i++) sticky = d.charAt(i) != '0';
        cut[0] = d.length() - keep - 1;
        return d.substring(0, keep) + (sticky ? '1' : '0');
    }

    /** Decimal digits kept of a float literal: a binary64 rounding boundary has at most 767. */
    private static final int DECIMAL_KEEP = 800;
    /** Hex digits kept of a float literal: 128 bits, far more than binary64's 53 plus guard bits. */
    private static final int HEX_KEEP = 32;

    /** Parses an integer literal with optional sign; null if it is not lexically one. */
    public static BigInteger parseSigned(String s) {
        if (s.startsWith("+")) return parseNat(s.substring(1));
        if (s.startsWith("-")) {
            BigInteger n = parseNat(s.substring(1));
            return n == null ? null : n.negate();
        }
        return parseNat(s);
    }

    /**
     * The bits of an {@code iN} constant: any value in [-2^(N-1), 2^N - 1].
     * @throws dev.weft.engine.MalformedModuleException on bad syntax or range
     */
    public static long intBits(SExpr.Atom atom, int bits) {
        if (atom.kind() == SExpr.Kind.WORD) {
            String t = atom.text();
            boolean neg = t.startsWith("-");
            long small = smallNat(t, neg || t.startsWith("+") ? 1 : 0);
            if (small >= 0 && (bits == 64 || small <= (neg ? 1L << (bits - 1) : (1L << bits) - 1))) {
                return neg ? -small : small;
            }
        }
        BigInteger v = atom.kind() == SExpr.Kind.WORD ? parseSigned(atom.text()) : null;
        if (v == null) throw notNumber(atom);
        BigInteger min = BigInteger.ONE.shiftLeft(bits - 1).negate();
        BigInteger max = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
            throw TextErrors.malformed("constant out of range", atom);
        }
        return v.longValue();
    }

    /** An unsigned integer in [0, max] (indices, limits, offsets). */
    public static long natBits(SExpr.Atom atom, int bits) {
        if (atom.kind() == SExpr.Kind.WORD) {
            long small = smallNat(atom.text(), 0);
            if (small >= 0 && (bits == 64 || small <= (1L << bits) - 1)) return small;
        }
        BigInteger v = atom.kind() == SExpr.Kind.WORD ? parseNat(atom.text()) : null;
        if (v == null) throw notNumber(atom);
        if (v.bitLength() > bits) {
            throw TextErrors.malformed((bits == 32 ? "i32" : "i64") + " constant out of range", atom);
        }
        return v.longValue();
    }

    /**
     * A valid token of the wrong kind (the lexer has already rejected reserved tokens), except
     * that a lowercase word no keyword knows is "unknown operator" as in the spec's lexer.
     */
    static dev.weft.engine.MalformedModuleException notNumber(SExpr.Atom atom) {
        if (atom.kind() == SExpr.Kind.WORD && !Keywords.isKnown(atom.text())) {
            return TextErrors.malformed("unknown operator " + atom.text(), atom);
        }
        return TextErrors.malformed("unexpected token", atom);
    }

    /** The bits of an f32 literal. */
    public static int f32Bits(SExpr.Atom atom) {
        return (int) floatBits(atom, 24, 8);
    }

    /** The bits of an f64 literal. */
    public static long f64Bits(SExpr.Atom atom) {
        return floatBits(atom, 53, 11);
    }

    /** Parses a float literal of {@code p} significand bits (incl. hidden) and {@code ebits} exponent bits. */
    private static long floatBits(SExpr.Atom atom, int p, int ebits) {
        if (atom.kind() != SExpr.Kind.WORD) throw notNumber(atom);
        String s = atom.text();
        boolean neg = s.startsWith("-");
        String m = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        long signBit = neg ? 1L << (p + ebits - 1) : 0;
        long expAll = (1L << ebits) - 1;
        long infBits = expAll << (p - 1);
        if (m.equals("inf")) return signBit | infBits;
        if (m.equals("nan")) return signBit | infBits | (1L << (p - 2));
        if (m.startsWith("nan:0x")) {
            String d = digits(m.substring(6), true);
            if (d == null) throw notNumber(atom);
            d = withoutLeadingZeros(d);
            if (d.length() > 16) throw TextErrors.malformed("constant out of range", atom);
            BigInteger payload = new BigInteger(d, 16);
            if (payload.signum() == 0 || payload.bitLength() > p - 1) {
                throw TextErrors.malformed("constant out of range", atom);
            }
            return signBit | infBits | payload.longValue();
        }
        BigInteger num;
        BigInteger den = BigInteger.ONE;
        long exp2 = 0;
        if (m.startsWith("0x")) {
            String body = m.substring(2);
            int pi = indexOfAny(body, "pP");
            String mant = pi < 0 ? body : body.substring(0, pi);
            long e = 0;
            if (pi >= 0) {
                BigInteger ev = parseExponent(body.substring(pi + 1));
                if (ev == null) throw notNumber(atom);
                e = clamp(ev);
            }
            int dot = mant.indexOf('.');
            String ip = dot < 0 ? mant : mant.substring(0, dot);
            String fp = dot < 0 ? "" : mant.substring(dot + 1);
            String id = digits(ip, true);
            String fd = fp.isEmpty() ? "" : digits(fp, true);
            if (id == null || fd == null) throw notNumber(atom);
            long[] cut = new long[1];
            num = new BigInteger(significand(id + fd, HEX_KEEP, cut), 16);
            exp2 = e - 4L * fd.length() + 4L * cut[0];
        } else {
            int ei = indexOfAny(m, "eE");
            String mant = ei < 0 ? m : m.substring(0, ei);
            long e = 0;
            if (ei >= 0) {
                BigInteger ev = parseExponent(m.substring(ei + 1));
                if (ev == null) throw notNumber(atom);
                e = clamp(ev);
            }
            int dot = mant.indexOf('.');
            String ip = dot < 0 ? mant : mant.substring(0, dot);
            String fp = dot < 0 ? "" : mant.substring(dot + 1);
            String id = digits(ip, false);
            String fd = fp.isEmpty() ? "" : digits(fp, false);
            if (id == null || fd == null) throw notNumber(atom);
            long[] cut = new long[1];
            String sig = significand(id + fd, DECIMAL_KEEP, cut);
            num = new BigInteger(sig);
            long e10 = e - fd.length() + cut[0];
            if (num.signum() != 0) {
                long magnitude = e10 + sig.length();
                if (magnitude > 400) throw TextErrors.malformed("constant out of range", atom);
                if (magnitude < -400) return signBit;
                if (e10 >= 0) {
                    num = num.multiply(TEN.pow((int) e10));
                } else {
                    den = TEN.pow((int) -e10);
                }
            }
        }
        if (num.signum() == 0) return signBit;
        long msb = exp2 + num.bitLength() - den.bitLength();
        if (msb > 5000) throw TextErrors.malformed("constant out of range", atom);
        if (msb < -5000) return signBit;
        if (exp2 >= 0) {
            num = num.shiftLeft((int) exp2);
        } else {
            den = den.shiftLeft((int) -exp2);
        }
        long bits = round(num, den, p, ebits);
        if (bits < 0) throw TextErrors.malformed("constant out of range", atom);
        return signBit | bits;
    }

    private static long clamp(BigInteger e) {
        return Math.max(-1_000_000, Math.min(1_000_000, e.max(BigInteger.valueOf(-2_000_000))
                .min(BigInteger.valueOf(2_000_000)).longValue()));
    }

    private static BigInteger parseExponent(String s) {
        if (s.startsWith("+")) s = s.substring(1);
        boolean neg = s.startsWith("-");
        if (neg) s = s.substring(1);
        String d = digits(s, false);
        if (d == null) return null;
        d = withoutLeadingZeros(d);
        // Exponents are clamped far below this anyway; a longer one need not be parsed exactly.
        BigInteger v = d.length() > 18 ? BigInteger.valueOf(Long.MAX_VALUE) : new BigInteger(d);
        return neg ? v.negate() : v;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) return i;
        }
        return -1;
    }

    /**
     * Rounds num/den (positive) to nearest-even in a binary format; returns the unsigned bits or -1
     * on overflow.
     */
    private static long round(BigInteger num, BigInteger den, int p, int ebits) {
        int bias = (1 << (ebits - 1)) - 1;
        int minLsb = 1 - bias - (p - 1);
        long msbEst = (long) num.bitLength() - den.bitLength();
        long lsb = Math.max(msbEst - (p - 1) - 2, minLsb);
        BigInteger[] qr = lsb >= 0
                ? num.divideAndRemainder(den.shiftLeft((int) lsb))
                : num.shiftLeft((int) -lsb).divideAndRemainder(den);
        BigInteger q = qr[0];
        boolean sticky = qr[1].signum() != 0;
        int extra = Math.max(q.bitLength() - p, 0);
        if (extra > 0) {
            boolean half = q.testBit(extra - 1);
            boolean rest = sticky || q.getLowestSetBit() < extra - 1;
            q = q.shiftRight(extra);
            lsb += extra;
            if (half && (rest || q.testBit(0))) q = q.add(BigInteger.ONE);
        } else if (sticky) {
            // only reachable in the subnormal range, where q has fewer than p bits: redo with a guard bit
            BigInteger[] g = lsb - 1 >= 0
                    ? num.divideAndRemainder(den.shiftLeft((int) (lsb - 1)))
                    : num.shiftLeft((int) -(lsb - 1)).divideAndRemainder(den);
            boolean half = g[0].testBit(0);
            boolean rest = g[1].signum() != 0;
            if (half && (rest || q.testBit(0))) q = q.add(BigInteger.ONE);
        }
        if (q.bitLength() > p) {
            q = q.shiftRight(1);
            lsb++;
        }
        long mant = q.longValue();
        if (q.bitLength() < p) return mant; // subnormal (or zero): exponent field 0
        long biased = lsb + (p - 1) + bias;
        if (biased >= (1L << ebits) - 1) return -1;
        return (biased << (p - 1)) | (mant & ((1L << (p - 1)) - 1));
    }
}
