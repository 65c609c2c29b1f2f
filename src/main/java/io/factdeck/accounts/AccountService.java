package io.factdeck.accounts;

import io.factdeck.web.FormErrors;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;

/** Creating accounts and changing roles. Every rule about accounts is checked here, on the server. */
@ApplicationScoped
public class AccountService {

    /** Thrown when a form does not validate; carries one message per field. */
    public static final class InvalidForm extends Exception {
        private final transient FormErrors errors;

        InvalidForm(FormErrors errors) {
            super("invalid form", null, false, false);
            this.errors = errors;
        }

        public FormErrors errors() {
            return errors;
        }
    }

    /**
     * Creates an account with the given role after checking the username, the password and its confirmation.
     *
     * @return the new account
     * @throws InvalidForm with a message per field when something is wrong; nothing is stored then
     */
    @Transactional(rollbackOn = InvalidForm.class)
    public User register(String rawUsername, String password, String confirmation, String role) throws InvalidForm {
        String username = AccountRules.normalizeUsername(rawUsername);
        FormErrors errors = new FormErrors();
        AccountRules.checkUsername(username).ifPresent(m -> errors.add("username", m));
        AccountRules.checkPassword(password, username).ifPresent(m -> errors.add("password", m));
        if (!errors.has("password") && !Objects.equals(password, confirmation)) {
            errors.add("confirm", "The two passwords are not the same.");
        }
        if (!errors.has("username") && User.findByUsername(username).isPresent()) {
            errors.add("username", "This username is taken. Choose another one.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidForm(errors);
        }
        User user = new User();
        user.username = username;
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.role = role;
        try {
            user.persistAndFlush();
        } catch (PersistenceException raced) {
            // two sign-ups with the same name at the same moment: the unique constraint decides
            throw new InvalidForm(new FormErrors().add("username", "This username is taken. Choose another one."));
        }
        return user;
    }

    /** Makes an existing account an instructor account. Only instructors may call this (checked by the caller). */
    @Transactional
    public boolean promoteToInstructor(long userId) {
        User user = User.findById(userId);
        if (user == null) {
            return false;
        }
        user.role = Role.INSTRUCTOR;
        return true;
    }

    public List<User> listAccounts() {
        return User.list("order by role desc, username");
    }
}
