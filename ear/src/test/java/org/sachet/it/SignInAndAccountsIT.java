package org.sachet.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sachet.it.TestServer.ADMIN_PASSWORD;

/** What people do in the browser: sign in, switch language, administer accounts, use the new account. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInAndAccountsIT {

    @Test
    void adminSignsInAndSwitchesToNepali() {
        try (Browser browser = new Browser()) {
            browser.signIn("admin", ADMIN_PASSWORD);
            browser.waitForText(By.id("signedInUser"), "admin");
            assertTrue(browser.pageText().contains("Accounts"));
            browser.screenshot("home-admin-en");

            browser.click(By.id("switchNepali"));
            try {
                browser.waitForText(By.tagName("h1"), "सचेतमा स्वागत छ");
                String nepali = browser.pageText();
                assertTrue(nepali.contains("खाताहरू"), nepali);
                assertEquals("साइन आउट", browser.find(By.id("signOut")).getAttribute("value"));
                browser.screenshot("home-admin-ne");

                // the choice sticks to the account: a new browser session opens in Nepali
                try (Browser second = new Browser()) {
                    second.signIn("admin", ADMIN_PASSWORD);
                    second.waitForText(By.tagName("h1"), "सचेतमा स्वागत छ");
                }
            } finally {
                // leave the administrator in English for the other tests
                browser.click(By.id("switchEnglish"));
                browser.waitForText(By.tagName("h1"), "Welcome to Sachet");
            }
        }
    }

    @Test
    void wrongPasswordAndUnknownAccountGetTheSameMessage() {
        try (Browser browser = new Browser()) {
            browser.signIn("admin", "not-the-password");
            String wrongPassword = browser.find(By.id("messages")).getText();
            browser.signIn("no-such-person", "not-the-password");
            String unknownAccount = browser.find(By.id("messages")).getText();
            assertTrue(wrongPassword.startsWith("Sign-in failed"), wrongPassword);
            assertEquals(wrongPassword, unknownAccount);
            browser.screenshot("sign-in-failed");
        }
    }

    @Test
    void adminCreatesAnAccountWhichThenSignsIn() throws Exception {
        try (Browser admin = new Browser()) {
            admin.createAccount("gita.facilitator", "गीता श्रेष्ठ", "Makwanpur-2081", "SBCC facilitator",
                    "Bagmati Province", "Makwanpur");

            // the same user name again: refused with a clear message, nothing saved
            admin.open("/admin/account.xhtml");
            admin.type(By.id("accountForm:username"), "Gita.Facilitator");
            admin.type(By.id("accountForm:displayName"), "Someone else");
            admin.type(By.id("accountForm:password"), "Another-pass-1");
            admin.click(By.xpath("//label[contains(., 'Teacher')]"));
            admin.click(By.id("accountForm:addPlace"));
            admin.waitForText(By.id("accountForm:places"), "All of Nepal");
            admin.click(By.id("accountForm:save"));
            admin.waitForText(By.id("messages"), "already taken");
            admin.screenshot("account-duplicate");

            admin.open("/admin/accounts.xhtml");
            admin.type(By.id("accountsForm:search"), "gita");
            admin.waitForText(By.id("accountsForm:accounts"), "gita.facilitator");
            assertFalse(admin.find(By.id("accountsForm:accounts")).getText().contains("Someone else"));
            admin.screenshot("accounts-list");
        }
        try (Browser gita = new Browser()) {
            gita.signIn("gita.facilitator", "Makwanpur-2081");
            gita.waitForText(By.id("signedInUser"), "gita.facilitator");
            assertFalse(gita.pageText().contains("Accounts"), "a facilitator sees no account administration");
            gita.open("/account/index.xhtml");
            gita.waitForText(By.id("myUsername"), "gita.facilitator");
            assertTrue(gita.pageText().contains("Makwanpur"));
            gita.open("/admin/accounts.xhtml");
            assertTrue(gita.pageText().contains("Not allowed"), gita.pageText());
        }
        HttpResponse<String> api = TestServer.get("/api/v1/geography/local-levels?district=30", "Authorization",
                TestServer.basic("gita.facilitator", "Makwanpur-2081"));
        assertEquals(200, api.statusCode());
    }

    @Test
    void signedInPersonMakesAnApiTokenThatTheApiAccepts() throws Exception {
        String token;
        try (Browser admin = new Browser()) {
            admin.signIn("admin", ADMIN_PASSWORD);
            admin.open("/account/index.xhtml");
            admin.type(By.id("tokenForm:tokenLabel"), "offline app");
            admin.click(By.id("tokenForm:issueToken"));
            token = admin.find(By.id("issuedToken")).getText();
            admin.screenshot("my-account-token");
        }
        assertTrue(token.startsWith("sachet_"), token);
        HttpResponse<String> response = TestServer.get("/api/v1/geography/local-levels?province=1",
                "Authorization", "Bearer " + token);
        assertEquals(200, response.statusCode());
    }

    @Test
    void anonymousVisitorIsSentToSignInForProtectedPagesAndSignOutEndsTheSession() {
        try (Browser browser = new Browser()) {
            browser.open("/admin/accounts.xhtml");
            browser.find(By.id("signInForm:username"));
            assertTrue(browser.currentUrl().endsWith("/login.xhtml"), browser.currentUrl());
            browser.signIn("admin", ADMIN_PASSWORD);
            // after signing in, back to the page first asked for
            browser.waitForText(By.tagName("h1"), "Accounts");

            browser.click(By.id("signOut"));
            browser.waitForText(By.tagName("main"), "You have signed out.");
            browser.open("/admin/accounts.xhtml");
            browser.find(By.id("signInForm:username"));
            assertTrue(browser.currentUrl().endsWith("/login.xhtml"), "signed out: the session no longer opens pages");
        }
    }

    @Test
    void aSignInCarriesOverToAServerWithoutItsSessionUntilSignOutEndsItEverywhere() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signInAs("admin", ADMIN_PASSWORD);
            org.openqa.selenium.Cookie signIn = browser.driver().manage().getCookieNamed("sachet_signin");
            assertTrue(signIn != null && signIn.isHttpOnly(), "a signed sign-in cookie, out of scripts' reach");
            // a server that never saw the session (behind nginx, after the session's own server stopped)
            assertEquals(200, TestServer.get("/admin/accounts.xhtml", "Cookie", "sachet_signin=" + signIn.getValue())
                    .statusCode(), "the signed cookie alone signs the person in again");
            String tampered = signIn.getValue().replaceFirst("^v1\\.\\d+\\.", "v1.987654.");
            assertEquals(302, TestServer.get("/admin/accounts.xhtml", "Cookie", "sachet_signin=" + tampered)
                    .statusCode(), "a changed cookie is refused");
            browser.open("/");
            browser.click(By.id("switchNepali"));
            try {
                browser.waitForText(By.tagName("h1"), "सचेतमा स्वागत छ");
                browser.driver().manage().deleteCookieNamed("JSESSIONID");
                browser.open("/");
                browser.waitForText(By.tagName("h1"), "सचेतमा स्वागत छ"); // still signed in, in the account's language
                browser.waitForText(By.id("signedInUser"), "admin");
            } finally {
                browser.click(By.id("switchEnglish"));
                browser.waitForText(By.tagName("h1"), "Welcome to Sachet");
            }

            browser.click(By.id("signOut"));
            browser.waitForText(By.tagName("main"), "You have signed out.");
            assertEquals(null, browser.driver().manage().getCookieNamed("sachet_signin"));
            HttpResponse<String> replayed = TestServer.get("/admin/accounts.xhtml", "Cookie",
                    "sachet_signin=" + signIn.getValue());
            assertEquals(302, replayed.statusCode(), "signing out ended the sign-in on every server");
            assertTrue(replayed.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
        }
    }

    @Test
    void geographyBrowserWalksDownToWardsOnAPhoneScreen() {
        try (Browser browser = new Browser()) {
            browser.resize(390, 844);
            browser.open("/geography/index.xhtml");
            browser.click(By.linkText("Bagmati Province"));
            browser.click(By.linkText("Makwanpur"));
            browser.click(By.linkText("Hetauda"));
            browser.waitForText(By.id("wardCount"), "19");
            browser.screenshot("geography-phone");
            browser.open("/geography/index.xhtml?district=999");
            assertTrue(browser.pageText().contains("There is no place with that code"));
        }
    }

    @Test
    void visitorConvertsABikramSambatDateInNepaliAndIsToldOffABadOne() {
        try (Browser browser = new Browser()) {
            browser.open("/calendar/index.xhtml");
            browser.click(By.id("switchNepali"));
            browser.waitForText(By.tagName("h1"), "मिति रूपान्तरण");
            // typed with Devanagari digits, as a Nepali keyboard writes them
            browser.type(By.id("bsForm:bsDate"), "२०८१-०४-०१");
            browser.click(By.id("bsForm:convertBs"));
            browser.waitForText(By.id("resultText"), "१ साउन २०८१ (१६ जुलाई २०२४)");
            browser.screenshot("date-converter-ne");

            browser.type(By.id("bsForm:bsDate"), "2081-13-01");
            browser.click(By.id("bsForm:convertBs"));
            browser.waitForText(By.id("messages"), "सचेतले चिन्ने विक्रम संवत् मिति होइन");
            // nothing changed: the result still shows the last good date
            assertTrue(browser.text(By.id("resultText")).startsWith("१ साउन २०८१"));
            browser.screenshot("date-converter-bad-input-ne");
        }
    }

    @Test
    void lockedOutAccountIsFreedByAPasswordResetAndDeactivationShutsItOut() throws Exception {
        String path = "/api/v1/geography/local-levels?district=57";
        try (Browser admin = new Browser()) {
            admin.createAccount("ram.teacher", "Ram Tharu", "Banke-school-1", "Teacher", "Lumbini Province", "Banke");
            assertEquals(200, TestServer.get(path, "Authorization", TestServer.basic("ram.teacher", "Banke-school-1"))
                    .statusCode());

            for (int attempt = 0; attempt < 5; attempt++) {
                assertEquals(401, TestServer.get(path, "Authorization", TestServer.basic("ram.teacher", "guess-" + attempt))
                        .statusCode());
            }
            assertEquals(401, TestServer.get(path, "Authorization", TestServer.basic("ram.teacher", "Banke-school-1"))
                    .statusCode(), "locked out: even the right password is refused for 15 minutes from this client");
            // a guesser cannot pass for another client by naming one: no proxy is trusted here (SACHET_TRUSTED_PROXIES)
            assertEquals(401, TestServer.get(path, "Authorization", TestServer.basic("ram.teacher", "Banke-school-1"),
                    "X-Forwarded-For", "198.51.100.4").statusCode(), "X-Forwarded-For from an untrusted connection");
            // the guesser locked out itself, not the account: its owner signs in from another address
            // (curl sends from 127.0.0.2: another address of this machine, as another device would have)
            Process fromElsewhere = new ProcessBuilder("curl", "-s", "-o", "/dev/null", "-w", "%{http_code}",
                    "--interface", "127.0.0.2", "-u", "ram.teacher:Banke-school-1",
                    TestServer.BASE_URL.replace("localhost", "127.0.0.1") + path).redirectErrorStream(true).start();
            String status = new String(fromElsewhere.getInputStream().readAllBytes(),
                    java.nio.charset.StandardCharsets.US_ASCII);
            assertTrue(fromElsewhere.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
            assertEquals("200", status, "another client is not locked out");

            admin.type(By.id("resetForm:newPassword"), "Banke-school-2");
            admin.click(By.id("resetForm:reset"));
            admin.waitForText(By.id("messages"), "has been reset");
            assertEquals(200, TestServer.get(path, "Authorization", TestServer.basic("ram.teacher", "Banke-school-2"))
                    .statusCode(), "a reset lifts the lock");
            assertTrue(admin.find(By.id("history")).getText().contains("Password reset by an administrator"));

            admin.click(By.xpath("//div[@id='accountForm:active']//div[contains(@class, 'ui-chkbox-box')]"));
            admin.click(By.id("accountForm:save"));
            admin.waitForText(By.id("messages"), "Account ram.teacher saved.");
            assertEquals(401, TestServer.get(path, "Authorization", TestServer.basic("ram.teacher", "Banke-school-2"))
                    .statusCode(), "a deactivated account cannot sign in");
            admin.screenshot("account-history");
            admin.open("/admin/accounts.xhtml");
            // the list has a page of 20: other tests' accounts may push this one to a later page
            admin.type(By.id("accountsForm:search"), "ram.teacher");
            admin.waitForText(By.id("accountsForm:accounts"), "Deactivated");
        }
    }

    @Test
    void aTokenMakesNoTokensExpiresAndEndsWithAResetOrSignOutEverywhere() throws Exception {
        String path = "/api/v1/geography/local-levels?district=57";
        try (Browser admin = new Browser(); Browser person = new Browser()) {
            admin.createAccount("sita.tokens", "Sita Tharu", "Banke-tokens-1", "Teacher", "Lumbini Province", "Banke");
            HttpResponse<String> made = TestServer.postJson("/api/v1/tokens", "{\"label\": \"phone\"}",
                    "Authorization", TestServer.basic("sita.tokens", "Banke-tokens-1"));
            assertEquals(201, made.statusCode(), made.body());
            String token = TestServer.json(made.body()).getString("token");
            java.time.Instant expires = java.time.Instant.parse(TestServer.json(made.body()).getString("expiresAt"));
            assertTrue(expires.isAfter(java.time.Instant.now().plus(java.time.Duration.ofDays(89))), made.body());
            assertTrue(expires.isBefore(java.time.Instant.now().plus(java.time.Duration.ofDays(91))), made.body());
            HttpResponse<String> child = TestServer.postJson("/api/v1/tokens", "{\"label\": \"child\"}",
                    "Authorization", "Bearer " + token, "Accept-Language", "ne");
            assertEquals(403, child.statusCode(), child.body());
            assertEquals("token.needsPassword", TestServer.json(child.body()).getString("code"));
            assertTrue(TestServer.json(child.body()).getString("message").contains("टोकनले टोकन बनाउन सक्दैन"));

            // signed in on a browser too; an administrator resets the password: the session and the token end
            person.signInAs("sita.tokens", "Banke-tokens-1");
            person.open("/account/index.xhtml");
            person.waitForText(By.id("tokenForm:tokens"), "phone");
            assertEquals(200, TestServer.get(path, "Authorization", "Bearer " + token).statusCode());
            admin.type(By.id("resetForm:newPassword"), "Banke-tokens-2");
            admin.click(By.id("resetForm:reset"));
            admin.waitForText(By.id("messages"), "has been reset");
            assertEquals(401, TestServer.get(path, "Authorization", "Bearer " + token).statusCode());
            person.open("/account/index.xhtml");
            person.waitForText(By.tagName("h1"), "Sign in");

            // a new token from the page, renewed; then "sign out everywhere" ends this session and the token
            person.signInAs("sita.tokens", "Banke-tokens-2");
            person.open("/account/index.xhtml");
            person.type(By.id("tokenForm:tokenLabel"), "laptop");
            person.click(By.id("tokenForm:issueToken"));
            String laptop = person.find(By.id("issuedToken")).getText();
            person.waitForText(By.id("tokenForm:tokens"), "Works until");
            person.click(By.xpath("//tr[contains(., 'laptop')]//button[contains(@id, 'renew')]"));
            person.waitForText(By.id("messages"), "works for another 90 days");
            assertEquals(200, TestServer.get(path, "Authorization", "Bearer " + laptop).statusCode());
            person.screenshot("my-account-tokens-expiry");
            person.click(By.id("everywhereForm:signOutEverywhere"));
            person.click(By.cssSelector(".ui-confirmdialog-yes"));
            person.waitForText(By.tagName("h1"), "Sign in");
            assertEquals(401, TestServer.get(path, "Authorization", "Bearer " + laptop).statusCode());
        }
    }
}
