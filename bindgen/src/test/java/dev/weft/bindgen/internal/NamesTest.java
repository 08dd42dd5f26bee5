package dev.weft.bindgen.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void kebabNamesBecomeCamelPascalAndConstantCase() {
        assertEquals("getValue", Names.camel("get-value"));
        assertEquals("GetValue", Names.pascal("get-value"));
        assertEquals("READ_ONLY", Names.constant("read-only"));
        assertEquals("HttpRequest", Names.pascal("HTTP-request"));
    }

    @Test
    void javaKeywordsAndObjectMembersGetATrailingUnderscore() {
        assertEquals("class_", Names.camel("class"));
        assertEquals("default_", Names.camel("default"));
        assertEquals("NEW", Names.constant("new"));
        assertEquals("hashCode_", Names.member("hash-code"));
        assertEquals("close_", Names.member("close"));
        assertEquals("hashCode", Names.camel("hash-code"));
    }
}
