package org.sachet.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.DeploymentConfiguration;
import org.jboss.arquillian.container.test.spi.client.deployment.AutomaticDeployment;
import org.jboss.arquillian.test.spi.TestClass;

/**
 * The deployment of every integration-test class, so no class declares one of its own: the EAR as users get it
 * with the in-container tests' web module added ({@link TestServer#deployment()}), deployed once for the run by
 * {@link OneDeployment}. Black-box classes run as clients ({@code @RunAsClient}) against the same deployment.
 */
public class SuiteDeployment implements AutomaticDeployment {

    @Override
    public DeploymentConfiguration generateDeploymentScenario(TestClass testClass) {
        if (testClass.getMethods(Deployment.class).length > 0) {
            throw new IllegalStateException(testClass.getName() + " declares a @Deployment, but every IT class shares "
                    + "the run's one deployment (SuiteDeployment): remove it");
        }
        return new DeploymentConfiguration.DeploymentContentBuilder(TestServer.deployment())
                .withDeployment().withName("sachet").withTestable(true).build().get();
    }
}
