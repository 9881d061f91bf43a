package org.casualtyclaims.apikey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A key to issue: its name (becomes createdBy) and role. */
record ApiKeyRequest(@NotBlank @Size(max = 100) String name, @NotNull Role role) {
}
