package kr.drregistry.web;

import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * How to reach the people who run this service, for the footer of every page and the privacy notice:
 * {@code {inject:contact.email}}. Set by the deployment ({@code DRR_CONTACT_EMAIL}, {@code DRR_CONTACT_PHONE}).
 */
@Named("contact")
@ApplicationScoped
public class ContactInfo {
    @Inject
    @ConfigProperty(name = "drr.contact.email")
    String email;
    @Inject
    @ConfigProperty(name = "drr.contact.phone")
    Optional<String> phone;

    public String getEmail() {
        return email;
    }

    /** The phone number, or null when none is configured (the footer then shows only the e-mail address). */
    public String getPhone() {
        return phone.filter(p -> !p.isBlank()).orElse(null);
    }
}
