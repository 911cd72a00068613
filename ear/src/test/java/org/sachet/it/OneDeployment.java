package org.sachet.it;

import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.ContainerRegistry;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * One deployment for the whole run: Arquillian deploys a class's deployment before the class and undeploys it
 * after, which for the 52 MB EAR cost 6 to 18 s per class. Here the first class's deployment (the EAR of
 * {@link SuiteDeployment}, the same for every class) is generated and deployed once; every later class is handed
 * that same deployment, already deployed, and the EAR is undeployed after the last class, before the managed
 * server stops. The application's in-memory state (caches, sign-in limits) therefore lives through the run:
 * tests must not rely on a fresh deployment.
 */
public class OneDeployment {

    /** Registers {@link OneDeployment} with Arquillian (META-INF/services). */
    public static final class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.observer(OneDeployment.class);
        }
    }

    @Inject
    @ClassScoped
    private InstanceProducer<DeploymentScenario> classScenario;

    @Inject
    private Instance<ContainerRegistry> containers;

    @Inject
    private Event<UnDeployDeployment> undeploy;

    /** The run's deployment, generated for the first class (one observer instance serves the whole run). */
    private DeploymentScenario shared;

    public void generateOnce(@Observes EventContext<GenerateDeployment> generation) {
        if (shared == null) {
            generation.proceed();
            shared = classScenario.get();
        } else {
            classScenario.set(shared);
        }
    }

    public void deployOnce(@Observes EventContext<DeployManagedDeployments> deploying) {
        if (shared == null || shared.deployments().stream().noneMatch(Deployment::isDeployed)) {
            deploying.proceed();
        }
    }

    /** A class's end leaves the deployment for the next class. */
    public void keepDeployed(@Observes EventContext<UnDeployManagedDeployments> undeploying) {
        // not proceeded: undeployed after the last class
    }

    /** After the last class, before the managed server is stopped (which observes the same event later). */
    public void undeployAfterTheRun(@Observes(precedence = 100) AfterSuite event) {
        if (shared == null) {
            return;
        }
        for (Deployment deployment : shared.deployedDeploymentsInUnDeployOrder()) {
            Container container = containers.get().getContainer(deployment.getDescription().getTarget());
            if (container.getState() == Container.State.STARTED) {
                undeploy.fire(new UnDeployDeployment(container, deployment));
            }
        }
        shared = null;
    }
}
