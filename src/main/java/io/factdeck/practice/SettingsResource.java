package io.factdeck.practice;

import io.factdeck.accounts.CurrentAccount;
import io.factdeck.accounts.Role;
import io.factdeck.web.Flash;
import io.factdeck.web.FormErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** The study settings page: retention, new cards per day, time zone, day rollover, keyboard shortcuts. */
@Path("/settings")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.STUDENT, Role.INSTRUCTOR})
public class SettingsResource {

    /** Region time zones (Europe/Paris, Asia/Ho_Chi_Minh, ...) and UTC; not the legacy SystemV, Etc or US ones. */
    static final List<String> ZONES = java.util.stream.Stream.concat(
                    java.util.stream.Stream.of("UTC"),
                    ZoneId.getAvailableZoneIds().stream()
                            .filter(
                                    z -> z.matches(
                                            "(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+"))
                            .sorted())
            .toList();

    /** A choice in the "new day starts at" list. */
    public record Hour(String value, String label) {}

    static final List<Hour> HOURS = java.util.stream.IntStream.range(0, 24)
            .mapToObj(h -> new Hour(Integer.toString(h), String.format("%02d:00", h)))
            .toList();

    /** What the form shows: the stored values, or what was typed when it did not validate. */
    public record Form(
            String retention,
            String newPerDay,
            String timeZone,
            String rolloverHour,
            boolean shortcuts,
            boolean stored) {
        static Form of(StudySettings s) {
            return new Form(
                    s.desiredRetention.toPlainString(),
                    Integer.toString(s.newPerDay),
                    s.timeZone,
                    Integer.toString(s.rolloverHour),
                    s.shortcuts,
                    s.updatedAt != null);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(Form form, FormErrors errors, List<String> zones, List<Hour> hours);
    }

    @Inject
    CurrentAccount account;

    @GET
    public TemplateInstance show() {
        return Templates.settings(Form.of(StudySettings.forUser(account.id())), FormErrors.none(), ZONES, HOURS);
    }

    @POST
    @Transactional
    public Response save(
            @RestForm String retention,
            @RestForm String newPerDay,
            @RestForm String timeZone,
            @RestForm String rolloverHour,
            @RestForm String shortcuts) {
        Form form = new Form(
                trim(retention), trim(newPerDay), trim(timeZone), trim(rolloverHour), "on".equals(shortcuts), true);
        FormErrors errors = new FormErrors();
        BigDecimal parsedRetention = parseRetention(form.retention(), errors);
        int parsedNew = parseInt(form.newPerDay(), 0, 500, "newPerDay", "New cards per day", errors);
        int parsedHour = parseInt(form.rolloverHour(), 0, 23, "rolloverHour", "The day starts at", errors);
        if (!isZone(form.timeZone())) {
            errors.add("timeZone", "Choose a time zone from the list, for example Europe/Paris or Asia/Ho_Chi_Minh.");
        }
        if (!errors.isEmpty()) {
            return Response.status(422)
                    .entity(Templates.settings(form, errors, ZONES, HOURS))
                    .build();
        }
        StudySettings settings = StudySettings.forUser(account.id());
        settings.desiredRetention = parsedRetention;
        settings.newPerDay = parsedNew;
        settings.timeZone = form.timeZone();
        settings.rolloverHour = parsedHour;
        settings.shortcuts = form.shortcuts();
        settings.persist();
        return Response.seeOther(Flash.redirect("/settings", Flash.Message.SETTINGS_SAVED))
                .build();
    }

    private static BigDecimal parseRetention(String value, FormErrors errors) {
        try {
            BigDecimal parsed = new BigDecimal(value);
            if (parsed.compareTo(new BigDecimal("0.80")) >= 0 && parsed.compareTo(new BigDecimal("0.97")) <= 0) {
                return parsed.setScale(2, java.math.RoundingMode.HALF_UP);
            }
        } catch (NumberFormatException | NullPointerException e) {
            // reported below
        }
        errors.add("retention", "Desired retention is a number from 0.80 to 0.97.");
        return null;
    }

    private static int parseInt(String value, int min, int max, String field, String label, FormErrors errors) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(field, label + " must be a whole number from " + min + " to " + max + ".");
        return min;
    }

    private static boolean isZone(String value) {
        try {
            return value != null
                    && !value.isEmpty()
                    && ZONES.contains(ZoneId.of(value).getId());
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}
