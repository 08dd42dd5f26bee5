package dev.weft.component.internal.runtime;

import dev.weft.component.internal.validate.ValidatedComponent;

/**
 * A component definition as a value: the validated component and the frame of the instance it was
 * defined in (null at top level), which its outer aliases reach.
 */
public record ComponentValue(ValidatedComponent validated, Frame enclosing) {}
