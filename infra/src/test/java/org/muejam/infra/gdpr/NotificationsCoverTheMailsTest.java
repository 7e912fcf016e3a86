package org.muejam.infra.gdpr;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.muejam.command.shared.Mailer;
import org.muejam.query.notifications.NotificationsExportSection;

/**
 * Every event a mail sender of infra handles is a notification in the person's export, unless it mails someone
 * other than the person whose event it is (listed here with the reason): a new mail cannot be left out of the
 * export without someone deciding so.
 */
class NotificationsCoverTheMailsTest {

    /** Events whose mail goes to someone else than the event's person. */
    private static final Set<String> MAILS_SOMEONE_ELSE = Set.of(
            // the counter-notice is sent to the claimant's contact address, who has no account here
            "DmcaCounterNoticeFiledEvent");

    @Test
    void everyEventAMailSenderHandlesIsANotificationOfTheExport() {
        Set<String> mailing = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.muejam.infra")) {
            Class<?> sender = type.reflect();
            boolean sendsMail = false;
            for (var constructor : sender.getDeclaredConstructors()) {
                for (Class<?> parameter : constructor.getParameterTypes()) {
                    sendsMail |= Mailer.class.isAssignableFrom(parameter);
                }
            }
            if (!sendsMail) {
                continue;
            }
            for (Method method : sender.getDeclaredMethods()) {
                if (method.isAnnotationPresent(EventHandler.class) && method.getParameterCount() > 0) {
                    mailing.add(method.getParameterTypes()[0].getSimpleName());
                }
            }
        }
        mailing.removeAll(MAILS_SOMEONE_ELSE);

        assertThat(mailing).as("the event handlers of the mail senders").isNotEmpty();
        assertThat(NotificationsExportSection.mailingEvents())
                .as("NotificationsExportSection.MAILED_ON")
                .containsAll(mailing);
    }
}
