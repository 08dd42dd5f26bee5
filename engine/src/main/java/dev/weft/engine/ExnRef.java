package dev.weft.engine;

import dev.weft.engine.internal.runtime.ExceptionObject;
import java.util.List;

/**
 * A caught wasm exception ({@code exnref}) as seen from Java: its tag and payload values.
 * <pre>{@code
 * ExnRef e = (ExnRef) instance.func("catchIt").call()[0];
 * Tag tag = e.tag();
 * }</pre>
 */
public sealed interface ExnRef permits ExceptionObject {

    Tag tag();

    List<Object> payload();
}
