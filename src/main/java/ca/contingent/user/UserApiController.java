package ca.contingent.user;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The contract's user endpoints; ADMIN only (see the API filter chain). Errors are RFC
 * 9457 problems.
 */
@RestController
@RequestMapping("/api/v1/users")
class UserApiController {

    private final UserService users;

    UserApiController(UserService users) {
        this.users = users;
    }

    @GetMapping
    Map<String, List<UserView>> list() {
        return Map.of("items", this.users.list());
    }

    @GetMapping("/{username}")
    UserView get(@PathVariable String username) {
        return this.users.get(username);
    }

    /**
     * An account created here may sign in with this password at once: integrations create
     * users to act as them, and the contract gives no way to change a password through
     * the API.
     */
    @PostMapping
    ResponseEntity<UserView> create(@RequestBody NewUser user) {
        UserView created = this.users.create(user, false);
        URI location = UriComponentsBuilder.fromPath("/api/v1/users/{username}")
            .buildAndExpand(created.username())
            .encode()
            .toUri();
        return ResponseEntity.created(location).body(created);
    }

}
