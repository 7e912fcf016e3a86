package org.muejam.command.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.muejam.command.testing.InMemoryEmailDirectory;
import org.muejam.command.testing.PlainPasswordHasher;
import org.muejam.command.testing.RecordingCommandGateway;
import org.muejam.shared.identity.BootstrapAdministratorCommand;
import org.muejam.shared.identity.UserId;

class AdministratorBootstrapTest {

    private final InMemoryEmailDirectory directory = new InMemoryEmailDirectory();
    private final RecordingCommandGateway commands = new RecordingCommandGateway();
    private final AdministratorBootstrap bootstrap =
            new AdministratorBootstrap(directory, commands, new PlainPasswordHasher());

    @Test
    void createsTheFirstAdministratorUnderTheNormalisedAddress() {
        assertThat(bootstrap.bootstrap(" Admin@Example.org ", "Admin", "Bright-lantern-2026!"))
                .isTrue();

        assertThat(commands.sent(BootstrapAdministratorCommand.class))
                .singleElement()
                .satisfies(command -> {
                    assertThat(command.email()).isEqualTo("admin@example.org");
                    assertThat(command.passwordHash()).isEqualTo("hashed:Bright-lantern-2026!");
                });
    }

    @Test
    void anAddressWithAnAccountIsLeftAlone() {
        directory.alreadyClaimed("admin@example.org", UserId.random());

        assertThat(bootstrap.bootstrap("ADMIN@example.org", "Admin", "Bright-lantern-2026!"))
                .isFalse();
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void aPasswordThePolicyRefusesStopsTheStartUp() {
        assertThatThrownBy(() -> bootstrap.bootstrap("admin@example.org", "Admin", "short"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("MUEJAM_ADMIN_PASSWORD is refused: ");
        assertThat(commands.sent()).isEmpty();
    }
}
