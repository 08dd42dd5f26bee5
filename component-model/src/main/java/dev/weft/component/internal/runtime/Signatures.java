package dev.weft.component.internal.runtime;

import dev.weft.component.Type;
import dev.weft.component.internal.abi.FuncSignature;
import dev.weft.component.internal.validate.FuncSig;

import java.util.ArrayList;
import java.util.List;

/** The ABI's view of a component function type: parameter types and zero or one result type. */
final class Signatures {
    private Signatures() {}

    static FuncSignature of(FuncSig sig) {
        List<Type> params = new ArrayList<>(sig.params().size());
        for (FuncSig.Param p : sig.params()) params.add(p.type());
        return new FuncSignature(params, sig.result() == null ? List.of() : List.of(sig.result()));
    }
}
