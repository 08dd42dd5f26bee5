package dev.weft.component.internal.validate;

/**
 * Thrown inside the validator with just the reason; {@link ComponentValidator} turns it into an
 * {@link dev.weft.engine.InvalidModuleException} with the location of the definition being checked.
 */
final class ValidationError extends RuntimeException {
    ValidationError(String reason) { super(reason, null, false, false); }
}
